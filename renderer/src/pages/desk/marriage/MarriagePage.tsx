import { App, Button, Col, Form, Row } from 'antd';
import { useState } from 'react';
import type { CaseView } from '../../../../../main/contract';
import { ApiError, call, errorMessage } from '../../../api/client';
import { navigate } from '../../../shell/hashRoute';
import { CheckSummary } from '../CheckSummary';
import { ActionBar, DeskPage } from '../DeskPage';
import { RequestOverrideModal } from '../case/RequestOverrideModal';
import { CardReaderProvider } from '../party/CardReaderProvider';
import { deskFormKeys } from '../keyboard';
import { useLiveCheck } from '../useLiveCheck';
import { ViolationContext, unclaimed } from '../violations';
import { MarriagePartyCard } from './MarriagePartyCard';
import { emptyMarriage, marriageClaims, marriageProposal, UNVERIFIED, type MarriageFormValues } from './marriageValues';

/** 结婚登记: both parties at the window, checked by the rules as they are typed; saved as a draft, then accepted. */
export function MarriagePage() {
  const [form] = Form.useForm<MarriageFormValues>();
  const { message } = App.useApp();
  const values = Form.useWatch((v: MarriageFormValues) => v, form);
  const check = useLiveCheck(marriageProposal(values));
  const [busy, setBusy] = useState(false);
  const [draft, setDraft] = useState<CaseView | null>(null);

  const blocking = check.violations.filter((v) => v.code !== UNVERIFIED);
  const unverified = check.violations.some((v) => v.code === UNVERIFIED);

  const save = async () => {
    try {
      await form.validateFields();
    } catch {
      void message.error('请先填写完整标红的栏目');
      return;
    }
    const proposal = marriageProposal(form.getFieldsValue(true) as MarriageFormValues);
    if (!proposal) return;
    setBusy(true);
    try {
      const fresh = await call('checkCase', { body: { proposal } });
      if (fresh.violations.some((v) => v.code !== UNVERIFIED)) {
        void message.error('尚有不符合登记条件的情形，请按提示处理后再保存');
        return;
      }
      const created = await call('createCase', { body: proposal });
      try {
        const accepted = await call('caseAction', { params: { id: created.id }, body: { action: 'accept' } });
        void message.success(`案件 ${accepted.id} 已受理`);
        navigate(`cases/${accepted.id}`);
      } catch (refusal) {
        if (refusal instanceof ApiError && refusal.violations.some((v) => v.code === UNVERIFIED)) setDraft(created);
        else {
          void message.warning(`案件 ${created.id} 已保存，暂未受理：${errorMessage(refusal)}`);
          navigate(`cases/${created.id}`);
        }
      }
    } catch (failure) {
      void message.error(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  const reset = () => {
    form.resetFields();
    document.querySelector<HTMLInputElement>('[data-testid="party-0"] input')?.focus();
  };

  return (
    <DeskPage title="结婚登记" subtitle="双方当事人均须亲自到场；录入时系统即时审查">
      <CheckSummary
        check={check}
        unclaimed={unclaimed(blocking, marriageClaims)}
        blocking={blocking.length}
        incompleteText="填写双方的姓名、证件号码、性别和出生日期后，系统将自动审查"
        passedText="审查通过：符合结婚登记条件"
        caveat={unverified ? '其余审查均已通过；省级婚姻状况核验未能完成，保存后须提交主管复核' : null}
      />
      <ViolationContext.Provider value={check.violations}>
        <CardReaderProvider form={form}>
          <Form form={form} layout="vertical" initialValues={emptyMarriage()} {...deskFormKeys(() => void save())} requiredMark={false}>
            <Row gutter={16}>
              <Col span={12}>
                <MarriagePartyCard index={0} />
              </Col>
              <Col span={12}>
                <MarriagePartyCard index={1} />
              </Col>
            </Row>
          </Form>
        </CardReaderProvider>
      </ViolationContext.Provider>
      <ActionBar hint="F2 读卡 · Enter 下一项 · Ctrl+Enter 保存并受理 · 手工录入 18 位身份证号码自动带出出生日期和性别">
        <Button onClick={reset}>清空</Button>
        <Button type="primary" loading={busy} onClick={() => void save()}>
          保存并受理
        </Button>
      </ActionBar>
      {draft && (
        <RequestOverrideModal
          view={draft}
          onDone={() => {}}
          onClose={() => {
            setDraft(null);
            navigate(`cases/${draft.id}`);
          }}
        />
      )}
    </DeskPage>
  );
}
