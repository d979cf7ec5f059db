import { Button, Card, Checkbox, Col, Form, Row, Space } from 'antd';
import type { ChildSituation } from '../../../../../main/domain/rules/adoption';
import { CheckSummary } from '../CheckSummary';
import { ActionBar } from '../DeskPage';
import { chineseDatesIn } from '../format';
import { deskFormKeys } from '../keyboard';
import { CardReaderProvider } from '../party/CardReaderProvider';
import { useAcceptCase } from '../useAcceptCase';
import { useLiveCheck } from '../useLiveCheck';
import { CheckedItem, ViolationContext, unclaimed } from '../violations';
import { AdopterCard } from './AdopterCard';
import { adoptionClaims, adoptionProposal, emptyAdoption, REGISTRATION_ONLY, type AdoptionFormValues } from './adoptionValues';
import { ChildCard } from './ChildCard';
import { DatesPreview } from './DatesPreview';
import { GiverCard } from './GiverCard';
import { PapersCard } from './PapersCard';

/**
 * 收养申请: the adopters (one, or a married couple), the child, who gives the child up, the
 * assessment and the notice, checked by the rules as they are typed. 受理 opens the case; a notice
 * still running or a report still to come stops only the registration, so it does not stop 受理.
 */
export function AdoptionApplication() {
  const [form] = Form.useForm<AdoptionFormValues>();
  const values = Form.useWatch((v: AdoptionFormValues) => v, form);
  const proposal = adoptionProposal(values);
  const check = useLiveCheck(proposal);
  const { accept, busy } = useAcceptCase(form, adoptionProposal, (created) => `收养登记申请已受理（案件 ${created.id}）`);
  const couple = values?.couple ?? true;
  const situation = values?.situation ?? [];

  const blocking = check.violations.filter((v) => !REGISTRATION_ONLY.includes(v.code));
  const later = check.violations.filter((v) => REGISTRATION_ONLY.includes(v.code));

  const setCouple = (on: boolean) => {
    // Only spouses adopt together: a second adopter is the first one's spouse.
    if (on) form.setFieldValue(['adopters', 0, 'maritalStatus'], 'married');
  };

  const onSituation = (keys: (keyof ChildSituation)[]) => {
    if (keys.includes('inWelfareInstitution') && !form.getFieldValue('giver')) form.setFieldValue('giver', 'welfare_institution');
  };

  const reset = () => {
    form.resetFields();
    document.querySelector<HTMLInputElement>('[data-testid="adopter-0"] input')?.focus();
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <CheckSummary
        check={check}
        unclaimed={unclaimed(blocking, adoptionClaims)}
        blocking={blocking.length}
        incompleteText="填写收养人、被收养人的证件信息并选择送养人后，系统将自动审查"
        passedText="审查通过：符合收养登记条件"
        caveat={later.length > 0 ? `可以受理；登记前尚须：${later.map((v) => chineseDatesIn(v.message)).join('；')}` : null}
      />
      <ViolationContext.Provider value={check.violations}>
        <CardReaderProvider form={form}>
          <Form form={form} layout="vertical" initialValues={emptyAdoption()} {...deskFormKeys(() => void accept())} requiredMark={false}>
            <Card size="small" style={{ marginBottom: 16 }} styles={{ body: { paddingBottom: 0 } }}>
              <Space size="large" wrap>
                <CheckedItem vpath="adopters" name="couple" valuePropName="checked">
                  <Checkbox onChange={(e) => setCouple(e.target.checked)}>夫妻共同收养（配偶为收养人二）</Checkbox>
                </CheckedItem>
                {couple && (
                  <CheckedItem vpath="spousePresent" name="spousePresent" valuePropName="checked">
                    <Checkbox>配偶已到场，或已出具经公证的书面委托</Checkbox>
                  </CheckedItem>
                )}
              </Space>
            </Card>
            <Row gutter={16} style={{ marginBottom: 16 }}>
              <Col span={12}>
                <AdopterCard index={0} couple={couple} />
              </Col>
              {couple && (
                <Col span={12}>
                  <AdopterCard index={1} couple />
                </Col>
              )}
            </Row>
            <Row gutter={16}>
              <Col span={12}>
                <ChildCard onSituation={onSituation} />
              </Col>
              <Col span={12}>
                <Space orientation="vertical" size="middle" style={{ display: 'flex' }}>
                  <GiverCard />
                  <PapersCard noticeNeeded={situation.includes('parentsNotFound')} stepchild={situation.includes('stepchild')} />
                </Space>
              </Col>
            </Row>
          </Form>
        </CardReaderProvider>
      </ViolationContext.Provider>
      {proposal && check.result && blocking.length === 0 && <DatesPreview noticeStartsOn={proposal.notice?.startsOn ?? null} />}
      <ActionBar hint="F2 读卡 · Enter 下一项 · Ctrl+Enter 受理 · 手工录入 18 位身份证号码自动带出出生日期和性别">
        <Button onClick={reset}>清空</Button>
        <Button type="primary" loading={busy} onClick={() => void accept()}>
          受理
        </Button>
      </ActionBar>
    </Space>
  );
}
