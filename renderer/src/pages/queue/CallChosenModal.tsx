import { App, Form, Input, Typography } from 'antd';
import type { TicketView, WindowView } from '../../../../main/contract';
import { SERVICE_LABELS } from '../../../../main/domain';
import { call } from '../../api/client';
import { FormModal } from '../../forms/FormModal';
import { personNames } from './ticketFacts';

/** 指定叫号: a ticket called out of its turn, which the record keeps with the registrar's reason. */
export function CallChosenModal({ ticket, at, onCalled, onClose }: { ticket: TicketView; at: WindowView; onCalled: (reason: string) => void; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const { message } = App.useApp();

  const submit = async ({ reason }: { reason: string }) => {
    await call('ticketAction', { params: { id: ticket.id }, body: { action: 'call', windowId: at.id, reason } });
    onCalled(reason.trim());
    void message.success(`已呼叫 ${ticket.number}`);
  };

  return (
    <FormModal title={`指定叫号 ${ticket.number}`} okText="叫号" form={form} fields={['reason']} submit={submit} onClose={onClose}>
      <Typography.Paragraph>
        {SERVICE_LABELS[ticket.service]} · {personNames(ticket)}
      </Typography.Paragraph>
      <Form.Item label="不按顺序叫号的理由" name="reason" rules={[{ required: true, whitespace: true, message: '请填写理由' }, { min: 2, message: '理由至少 2 个字' }]}>
        <Input.TextArea rows={2} maxLength={200} showCount autoFocus placeholder="例如：当事人预约时段已到，证件已核验" />
      </Form.Item>
    </FormModal>
  );
}
