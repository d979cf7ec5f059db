import { Select, Space, Typography } from 'antd';
import { windowLabel, type HallWindow } from '../../../printing/useHallWindows';
import type { PrintPlace } from './usePrintWindow';

interface PrintPlaceSelectProps {
  readonly windows: readonly HallWindow[];
  readonly mine: readonly HallWindow[];
  readonly place: PrintPlace;
  readonly onChoose: (windowId: number) => void;
}

/** Which window's blanks certificates take, and the printer that window prints them on. */
export function PrintPlaceSelect({ windows, mine, place, onChoose }: PrintPlaceSelectProps) {
  return (
    <Space size="small" wrap>
      <Select
        aria-label="领用空白证书的窗口"
        size="small"
        style={{ width: 260 }}
        placeholder="选择窗口"
        value={place.windowId ?? undefined}
        onChange={onChoose}
        data-testid="print-window"
        options={windows.map((w) => ({ value: w.id, label: `${windowLabel(w)}${mine.includes(w) ? '（本人）' : ''}` }))}
      />
      <Typography.Text type="secondary" data-testid="print-printer">
        打印机：{place.printer ?? '本机默认打印机'}
      </Typography.Text>
    </Space>
  );
}
