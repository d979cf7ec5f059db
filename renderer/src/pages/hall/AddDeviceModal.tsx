import { Form, Input, Radio } from 'antd';
import type { z } from 'zod';
import type { DeviceCreated } from '../../../../main/contract';
import { DEVICE_KINDS, DEVICE_KIND_LABELS, type DeviceKind } from '../../../../main/domain';
import { call } from '../../api/client';
import { FormModal } from '../../forms/FormModal';

type PrinterKind = 'browser' | 'tcp' | 'file';

interface DeviceValues {
  kind: DeviceKind;
  name: string;
  printerKind: PrinterKind;
  printerTarget?: string;
}

const PRINTERS: Readonly<Record<PrinterKind, { label: string; placeholder?: string; note: string }>> = {
  browser: { label: '浏览器打印', note: '由自助机的浏览器打印号票（系统打印机，或另存为 PDF）' },
  tcp: { label: '网络热敏打印机', placeholder: '192.168.1.50:9100', note: 'ESC/POS 网络打印机的地址与端口（通常为 9100）' },
  file: { label: '本机设备文件', placeholder: '/dev/usb/lp0', note: '主机上 USB 热敏打印机的设备文件' },
};

/** '' (the browser prints), or tcp:… / file:… as the contract's printer setting reads. */
function printerSetting(v: DeviceValues): string {
  if (v.kind !== 'kiosk' || v.printerKind === 'browser') return '';
  return `${v.printerKind}:${v.printerTarget?.trim() ?? ''}`;
}

/** 登记设备: a kiosk or a display board gets a name and, for a kiosk, its ticket printer; the host answers with its token. */
export function AddDeviceModal({ onAdded, onClose }: { onAdded: (created: z.infer<typeof DeviceCreated>) => void; onClose: () => void }) {
  const [form] = Form.useForm<DeviceValues>();
  const kind = Form.useWatch('kind', form) ?? 'kiosk';
  const printerKind = Form.useWatch('printerKind', form) ?? 'browser';

  const submit = async (values: DeviceValues) => {
    onAdded(await call('addDevice', { body: { kind: values.kind, name: values.name, printer: printerSetting(values) } }));
  };

  return (
    <FormModal
      title="登记设备"
      okText="登记并生成配对链接"
      form={form}
      fields={['kind', 'name', 'printer']}
      initialValues={{ kind: 'kiosk', printerKind: 'browser' }}
      submit={submit}
      onClose={onClose}
    >
      <Form.Item label="设备类型" name="kind">
        <Radio.Group optionType="button" buttonStyle="solid" options={DEVICE_KINDS.map((k) => ({ value: k, label: DEVICE_KIND_LABELS[k] }))} />
      </Form.Item>
      <Form.Item label="设备名称" name="name" rules={[{ required: true, whitespace: true, message: '请输入设备名称' }, { max: 40, message: '名称最多 40 个字' }]}>
        <Input maxLength={40} placeholder={kind === 'kiosk' ? '例如：大厅入口取号机' : '例如：等候区大屏'} autoFocus />
      </Form.Item>
      {kind === 'kiosk' && (
        <>
          <Form.Item label="号票打印" name="printerKind" extra={PRINTERS[printerKind].note}>
            <Radio.Group options={(Object.keys(PRINTERS) as PrinterKind[]).map((p) => ({ value: p, label: PRINTERS[p].label }))} />
          </Form.Item>
          {printerKind !== 'browser' && (
            <Form.Item label="打印机地址" name="printerTarget" rules={[{ required: true, whitespace: true, message: '请输入打印机地址' }]}>
              <Input placeholder={PRINTERS[printerKind].placeholder} autoComplete="off" />
            </Form.Item>
          )}
        </>
      )}
    </FormModal>
  );
}
