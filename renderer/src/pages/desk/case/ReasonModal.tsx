import { Alert, App, Form, Input } from 'antd';
import type { ReactNode } from 'react';
import type { CaseView } from '../../../../../main/contract';
import { call } from '../../../api/client';
import { FormModal } from '../../../forms/FormModal';

interface ReasonModalProps {
  readonly caseId: number;
  readonly action: 'override-status' | 'refuse';
  /** Whose case: 案件 12（张三、李四）. */
  readonly subject: string;
  readonly onClose: () => void;
  readonly onDone?: (view: CaseView) => void;
}

const TEXT: Readonly<Record<ReasonModalProps['action'], { title: string; ok: string; label: string; min: number; done: string; note: ReactNode }>> = {
  'override-status': {
    title: '主管复核',
    ok: '复核通过',
    label: '复核理由（书面说明，记入审计日志）',
    min: 4,
    done: '已复核通过，登记员可继续受理',
    note: '省级婚姻状况核验未能完成。请写明已采取的替代核实措施，例如：已电话联系省级平台值班人员核实双方均无在婚记录。',
  },
  refuse: {
    title: '不予登记',
    ok: '不予登记',
    label: '不予登记的理由',
    min: 2,
    done: '已作出不予登记决定',
    note: '不予登记后本案件办结，不可恢复；当事人符合条件后可重新申请。',
  },
};

/** An action that needs a written reason: a manager's override of the unverified status, or 不予登记. */
export function ReasonModal({ caseId, action, subject, onClose, onDone }: ReasonModalProps) {
  const [form] = Form.useForm<{ reason: string }>();
  const { message } = App.useApp();
  const text = TEXT[action];

  const submit = async ({ reason }: { reason: string }) => {
    const view = await call('caseAction', { params: { id: caseId }, body: { action, reason } });
    void message.success(text.done);
    onDone?.(view);
  };

  return (
    <FormModal title={`${text.title}：${subject}`} okText={text.ok} form={form} fields={['reason']} submit={submit} onClose={onClose}>
      <Alert type={action === 'refuse' ? 'warning' : 'info'} showIcon title={text.note} style={{ marginBottom: 16 }} />
      <Form.Item
        label={text.label}
        name="reason"
        rules={[
          { required: true, whitespace: true, message: '请填写理由' },
          { min: text.min, message: `理由至少 ${text.min} 个字` },
        ]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount autoFocus />
      </Form.Item>
    </FormModal>
  );
}
