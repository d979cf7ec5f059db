import { App, Form, Input } from 'antd';
import type { StockUseView } from '../../../../main/contract';
import { STOCK_TYPE_LABELS } from '../../../../main/domain/printing/stock';
import { call } from '../../api/client';
import { FormModal } from '../../forms/FormModal';

/** 作废: a printed certificate that cannot be handed over; its blank becomes a misprint, with the reason. */
export function VoidModal({ use, onClose }: { use: StockUseView; onClose: () => void }) {
  const [form] = Form.useForm<{ note: string }>();
  const { message } = App.useApp();
  const submit = async (body: { note: string }) => {
    await call('stockVoid', { params: { id: use.id }, body });
    void message.success(`已作废 ${use.serialLabel}`);
  };
  return (
    <FormModal
      title={`作废 ${STOCK_TYPE_LABELS[use.type]} ${use.serialLabel}${use.certificateNumber ? `（证书编号 ${use.certificateNumber}）` : ''}`}
      okText="作废"
      form={form}
      fields={['note']}
      initialValues={{ note: '' }}
      submit={submit}
      onClose={onClose}
    >
      <Form.Item label="作废原因" name="note" rules={[{ required: true, whitespace: true, min: 2, message: '请说明作废原因（至少 2 个字）' }]}>
        <Input.TextArea rows={2} maxLength={200} autoFocus />
      </Form.Item>
    </FormModal>
  );
}
