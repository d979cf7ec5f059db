import { Alert, App, Form, Input } from 'antd';
import type { CaseView } from '../../../../../main/contract';
import { call } from '../../../api/client';
import { FormModal } from '../../../forms/FormModal';

/** Why the provincial check was not made, as the host recorded it. */
export function uncheckedReason(view: CaseView): string | null {
  return view.statusChecks.find((c) => !c.made)?.reason ?? null;
}

/** The registrar asks a hall manager to review a marriage whose marital status the province could not confirm. */
export function RequestOverrideModal({ view, onClose, onDone }: { view: CaseView; onClose: () => void; onDone: (view: CaseView) => void }) {
  const [form] = Form.useForm<{ note: string }>();
  const { message } = App.useApp();
  const reason = uncheckedReason(view);

  const submit = async ({ note }: { note: string }) => {
    const updated = await call('caseAction', { params: { id: view.id }, body: { action: 'request-override', note: note ?? '' } });
    void message.success('已提交大厅主管复核');
    onDone(updated);
  };

  return (
    <FormModal title="提交主管复核" okText="提交主管复核" form={form} fields={['note']} initialValues={{ note: reason ? `省级婚姻状况核验未能完成：${reason}` : '' }} submit={submit} onClose={onClose}>
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title={`案件 ${view.id} 已保存，状态为「${view.statusLabel}」`}
        description="省级婚姻状况核验未能完成。提交后由大厅主管书面复核，复核通过后即可受理、登记。"
      />
      <Form.Item label="说明（供主管参考）" name="note">
        <Input.TextArea rows={3} maxLength={500} showCount autoFocus />
      </Form.Item>
    </FormModal>
  );
}
