import { Alert, App, Form, Input, Select } from 'antd';
import type { CaseView } from '../../../../../main/contract';
import { REVOCATION_BASES, REVOCATION_BASIS_LABELS, type RevocationBasis } from '../../../../../main/domain/rules/revocation';
import { call } from '../../../api/client';
import { FormModal } from '../../../forms/FormModal';
import { DateInput } from '../party/DateInput';

interface RevokeFields {
  basis: { kind: RevocationBasis; documentNumber: string; issuedOn: string };
  remark: string;
}

const FIELDS = ['basis.kind', 'basis.documentNumber', 'basis.issuedOn', 'remark', 'basis'];
const BASIS_OPTIONS = REVOCATION_BASES.map((value) => ({ value, label: REVOCATION_BASIS_LABELS[value] }));

/** 撤销登记 (or noting a court's nullity judgment): a manager, a document to rest on, a remark; nothing is deleted. */
export function RevokeModal({ view, onClose, onDone }: { view: CaseView; onClose: () => void; onDone: (view: CaseView) => void }) {
  const [form] = Form.useForm<RevokeFields>();
  const { message } = App.useApp();

  const submit = async (fields: RevokeFields) => {
    const updated = await call('caseAction', { params: { id: view.id }, body: { action: 'revoke', basis: fields.basis, remark: fields.remark } });
    void message.success(`已${updated.status === 'annulled' ? '记载宣告无效' : '撤销登记'}：${view.certificateNumber ?? `案件 ${view.id}`}`);
    onDone(updated);
  };

  return (
    <FormModal title={`撤销登记：${view.certificateNumber ?? `案件 ${view.id}`}`} okText="撤销登记" form={form} fields={FIELDS} submit={submit} onClose={onClose}>
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title="原登记记录不会删除或修改"
        description="撤销作为新的记录版本保存，附依据文书和备注，并上报省级平台。请确认已履行审查、告知当事人等程序。"
      />
      <Form.Item label="撤销依据" name={['basis', 'kind']} rules={[{ required: true, message: '请选择撤销依据' }]}>
        <Select options={BASIS_OPTIONS} placeholder="选择依据文书的种类" autoFocus />
      </Form.Item>
      <div style={{ display: 'flex', gap: 16 }}>
        <Form.Item label="文书编号" name={['basis', 'documentNumber']} rules={[{ required: true, whitespace: true, message: '请填写文书编号' }]} style={{ flex: 1 }}>
          <Input maxLength={80} autoComplete="off" placeholder="如（2025）京0101司建1号" />
        </Form.Item>
        <Form.Item label="文书日期" name={['basis', 'issuedOn']} rules={[{ required: true, message: '请填写文书日期' }]} style={{ flex: 1 }}>
          <DateInput />
        </Form.Item>
      </div>
      <Form.Item label="备注" name="remark" rules={[{ required: true, whitespace: true, message: '请填写备注' }, { min: 2, message: '备注至少 2 个字' }]}>
        <Input.TextArea rows={3} maxLength={500} showCount placeholder="撤销的事实和理由" />
      </Form.Item>
    </FormModal>
  );
}
