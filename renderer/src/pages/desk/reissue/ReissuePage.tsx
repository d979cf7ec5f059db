import { App, Button, Card, Col, Form, Input, Radio, Row } from 'antd';
import { useState } from 'react';
import type { CaseView } from '../../../../../main/contract';
import { call, errorMessage } from '../../../api/client';
import { CheckSummary } from '../CheckSummary';
import { ActionBar, DeskPage } from '../DeskPage';
import { deskFormKeys } from '../keyboard';
import { partyLabel } from '../labels';
import { ReadCardButton } from '../party/CardReadParts';
import { CardReaderProvider, readerPanelProps } from '../party/CardReaderProvider';
import { PartyFields } from '../party/PartyFields';
import { emptyParty, fromPartyView, PARTY_FIELDS, toParty, type PartyFormValues } from '../party/partyValues';
import { useAcceptCase } from '../useAcceptCase';
import { useLiveCheck } from '../useLiveCheck';
import { CheckedItem, ViolationContext, unclaimed } from '../violations';

interface ReissueFormValues {
  certificateKind: 'marriage' | 'divorce';
  originalCertificateNumber?: string;
  applicant: PartyFormValues;
}

function reissueProposal(v: Partial<ReissueFormValues> | undefined) {
  const applicant = toParty(v?.applicant);
  const original = v?.originalCertificateNumber?.trim().toUpperCase() ?? '';
  if (!applicant || !original || !v?.certificateKind) return null;
  return { kind: 'reissue' as const, certificateKind: v.certificateKind, originalCertificateNumber: original, applicant };
}

const APPLICANT = ['applicant'] as const;

const claims = (field: string) => field === 'original' || (PARTY_FIELDS as readonly string[]).some((f) => field === `applicant.${f}`);

/** 补领证书: a lost or damaged 结婚证 or 离婚证, for one of its holders, while what it certifies still holds. */
export function ReissuePage() {
  const [form] = Form.useForm<ReissueFormValues>();
  const { message } = App.useApp();
  const values = Form.useWatch((v: ReissueFormValues) => v, form);
  const check = useLiveCheck(reissueProposal(values));
  const { accept, busy } = useAcceptCase(form, reissueProposal, (created) => `补领申请已受理（案件 ${created.id}）`);
  const [holders, setHolders] = useState<CaseView['parties']>([]);

  const fetchOriginal = async () => {
    const number = (form.getFieldValue('originalCertificateNumber') as string | undefined)?.trim().toUpperCase();
    if (!number) return void message.warning('请先输入原证书编号');
    try {
      const found = (await call('searchCases', { query: { q: number } })).cases.find((c) => c.certificateNumber === number);
      if (!found) return void message.warning(`档案中未找到证书编号为 ${number} 的登记记录`);
      const original = await call('getCase', { params: { id: found.id } });
      form.setFieldValue('certificateKind', original.kind === 'divorce' ? 'divorce' : 'marriage');
      setHolders(original.parties);
    } catch (failure) {
      void message.error(errorMessage(failure));
    }
  };

  const pickHolder = (position: number) => {
    const holder = holders.find((p) => p.position === position);
    if (holder) form.setFieldValue('applicant', fromPartyView(holder));
  };

  return (
    <DeskPage title="补领证书" subtitle="结婚证、离婚证遗失或损毁的，由持证当事人申请补领" maxWidth={960}>
      <CheckSummary
        check={check}
        unclaimed={unclaimed(check.violations, claims)}
        blocking={check.violations.length}
        incompleteText="填写原证书编号和申请人信息后，系统将自动审查"
        passedText="审查通过：可以受理补领申请"
      />
      <ViolationContext.Provider value={check.violations}>
        <CardReaderProvider form={form}>
          <Form form={form} layout="vertical" initialValues={{ certificateKind: 'marriage', applicant: emptyParty() }} {...deskFormKeys(() => void accept())} requiredMark={false}>
            <Card title="原证书" style={{ marginBottom: 16 }} styles={{ body: { paddingBottom: 8 } }}>
              <Row gutter={16} align="bottom">
                <Col span={8}>
                  <Form.Item label="证书类型" name="certificateKind">
                    <Radio.Group options={[{ value: 'marriage', label: '结婚证' }, { value: 'divorce', label: '离婚证' }]} />
                  </Form.Item>
                </Col>
                <Col span={10}>
                  <CheckedItem vpath="original" label="原证书编号" name="originalCertificateNumber" rules={[{ required: true, whitespace: true, message: '请输入原证书编号' }]}>
                    <Input autoFocus autoComplete="off" maxLength={60} placeholder="如 J110101-2025-000001" style={{ textTransform: 'uppercase' }} />
                  </CheckedItem>
                </Col>
                <Col span={6}>
                  <Form.Item>
                    <Button onClick={() => void fetchOriginal()}>调取登记信息</Button>
                  </Form.Item>
                </Col>
                {holders.length > 0 && (
                  <Col span={24}>
                    <Form.Item label="申请人是">
                      <Radio.Group
                        onChange={(e) => pickHolder(e.target.value as number)}
                        options={holders.map((p) => ({ value: p.position, label: `${partyLabel(p.position)} ${p.name}（${p.idNumberMasked}）` }))}
                      />
                    </Form.Item>
                  </Col>
                )}
              </Row>
            </Card>
            <Card title="申请人" extra={<ReadCardButton path={APPLICANT} />} data-testid="applicant" {...readerPanelProps(APPLICANT)} styles={{ body: { paddingBottom: 8 } }}>
              <PartyFields name={APPLICANT} vprefix="applicant" />
            </Card>
          </Form>
        </CardReaderProvider>
      </ViolationContext.Provider>
      <ActionBar hint="F2 读卡 · Enter 下一项 · Ctrl+Enter 受理">
        <Button onClick={() => { form.resetFields(); setHolders([]); }}>清空</Button>
        <Button type="primary" loading={busy} onClick={() => void accept()}>
          受理
        </Button>
      </ActionBar>
    </DeskPage>
  );
}
