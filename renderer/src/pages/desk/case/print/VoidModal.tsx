import { Alert, App, Form, Input } from 'antd';
import { VoidInput } from '../../../../../../main/contract';
import { call } from '../../../../api/client';
import { FormModal } from '../../../../forms/FormModal';
import { schemaRule } from '../../../../forms/zodRules';
import type { PrintUse } from './printables';

/** 作废: a printed certificate that came out wrong; its blank is recorded as a misprint with the reason written here. */
export function VoidModal({ use, what, onClose, onDone }: { use: PrintUse; what: string; onClose: () => void; onDone: () => Promise<void> }) {
  const [form] = Form.useForm<{ note: string }>();
  const { message } = App.useApp();

  const submit = async ({ note }: { note: string }) => {
    await call('stockVoid', { params: { id: use.id }, body: { note } });
    void message.success(`已作废印制号 ${use.serial}`);
    await onDone();
  };

  return (
    <FormModal title={`作废证书：印制号 ${use.serial}（${what}）`} okText="作废" form={form} fields={['note']} submit={submit} onClose={onClose}>
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="作废后这张空白证书记为打印错误，不能恢复；重打将领用本窗口的下一张空白证书。作废的证书请交主管登记留存。" />
      <Form.Item label="作废原因" name="note" required rules={[schemaRule('note', VoidInput.shape.note), { required: true, whitespace: true, message: '请填写作废原因' }]}>
        <Input.TextArea rows={2} maxLength={200} showCount autoFocus placeholder="如：套打错位、卡纸、姓名打错" />
      </Form.Item>
    </FormModal>
  );
}
