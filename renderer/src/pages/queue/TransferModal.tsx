import { App, Form, Input, Select } from 'antd';
import type { TicketView, WindowView } from '../../../../main/contract';
import { SERVICES, SERVICE_LABELS, type Service } from '../../../../main/domain';
import { call } from '../../api/client';
import { FormModal } from '../../forms/FormModal';

interface TransferValues {
  toService?: Service;
  toWindowId?: number;
  reason: string;
}

/** 转移: the current ticket goes back to waiting, for another service and/or another window, with the reason. */
export function TransferModal({ ticket, from, windows, onClose }: { ticket: TicketView; from: WindowView; windows: readonly WindowView[]; onClose: () => void }) {
  const [form] = Form.useForm<TransferValues>();
  const { message } = App.useApp();
  const toService = Form.useWatch('toService', form) ?? ticket.service;
  const targets = windows.filter((w) => w.id !== from.id && w.active && w.services.includes(toService));

  const submit = async ({ toService, toWindowId, reason }: TransferValues) => {
    const moved = await call('ticketAction', { params: { id: ticket.id }, body: { action: 'transfer', windowId: from.id, toService, toWindowId, reason } });
    const where = moved.windowNumber ? `${moved.windowNumber} 号窗口` : SERVICE_LABELS[moved.service];
    void message.success(`${moved.number} 已转至${where}，重新等候`);
  };

  return (
    <FormModal title={`转移 ${ticket.number}`} okText="转移" form={form} fields={['toService', 'toWindowId', 'reason']} submit={submit} onClose={onClose}>
      <Form.Item
        label="转往业务"
        name="toService"
        extra={`不选则仍为${SERVICE_LABELS[ticket.service]}`}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_rule, value: unknown) => {
              if (value === undefined && getFieldValue('toWindowId') === undefined) throw new Error('请选择转往的业务或窗口');
            },
          }),
        ]}
      >
        <Select
          allowClear
          placeholder="不改变业务"
          options={SERVICES.filter((s) => s !== ticket.service).map((s) => ({ value: s, label: SERVICE_LABELS[s] }))}
          onChange={() => form.setFieldValue('toWindowId', undefined)}
        />
      </Form.Item>
      <Form.Item label="转往窗口" name="toWindowId" extra="不选则由任一可办理该业务的窗口叫号">
        <Select
          allowClear
          placeholder="任一窗口"
          options={targets.map((w) => ({ value: w.id, label: `${w.number} 号窗口 · ${w.name}` }))}
          notFoundContent="没有其他可办理该业务的窗口"
          onChange={() => void form.validateFields(['toService'])}
        />
      </Form.Item>
      <Form.Item label="转移理由" name="reason" rules={[{ required: true, whitespace: true, message: '请填写理由' }, { min: 2, message: '理由至少 2 个字' }]}>
        <Input.TextArea rows={2} maxLength={200} showCount />
      </Form.Item>
    </FormModal>
  );
}
