import { AutoComplete } from 'antd';
import type { PrinterView } from '../../../../main/contract/printing-devices';

const STATE_LABELS: Readonly<Record<PrinterView['state'], string>> = { idle: '就绪', printing: '正在打印', stopped: '已停止', unknown: '状态未知' };

interface PrinterInputProps {
  readonly printers: readonly PrinterView[];
  readonly value?: string;
  readonly onChange?: (value: string) => void;
  readonly disabled?: boolean;
  readonly id?: string;
  readonly placeholder?: string;
}

/** A printer by name: one of this PC's, or typed (another station's printer, or pdf:/folder). */
export function PrinterInput({ printers, value, onChange, disabled, id, placeholder = '本机默认打印机' }: PrinterInputProps) {
  return (
    <AutoComplete
      id={id}
      value={value}
      onChange={onChange}
      disabled={disabled}
      allowClear
      placeholder={placeholder}
      style={{ width: '100%', maxWidth: 420 }}
      options={printers.map((p) => ({
        value: p.name,
        label: `${p.name}（${p.isDefault ? '默认，' : ''}${STATE_LABELS[p.state]}${p.message ? `：${p.message}` : ''}）`,
      }))}
      filterOption={(input, option) => String(option?.value ?? '').toLowerCase().includes(input.toLowerCase())}
    />
  );
}
