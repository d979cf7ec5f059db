import { App, Button, Card, Checkbox, Col, Form, Input, Row, Typography } from 'antd';
import { useState } from 'react';
import { COLLECTION_DAYS, COOLING_OFF_DAYS } from '../../../../../main/domain/divorce';
import { call, errorMessage } from '../../../api/client';
import { CheckSummary } from '../CheckSummary';
import { ActionBar, DeskPage } from '../DeskPage';
import { chineseDate, periodRange } from '../format';
import { deskFormKeys } from '../keyboard';
import { CardReaderProvider } from '../party/CardReaderProvider';
import { fromPartyView } from '../party/partyValues';
import { useAcceptCase } from '../useAcceptCase';
import { useLiveCheck } from '../useLiveCheck';
import { CheckedItem, ViolationContext, unclaimed } from '../violations';
import { DivorcePartyCard } from './DivorcePartyCard';
import { divorceClaims, divorceProposal, emptyDivorce, type DivorceFormValues } from './divorceValues';

/** 离婚申请: both spouses, their 结婚证 and a signed agreement; accepted today, which is Day 0 of cooling-off. */
export function DivorcePage() {
  const [form] = Form.useForm<DivorceFormValues>();
  const { message } = App.useApp();
  const values = Form.useWatch((v: DivorceFormValues) => v, form);
  const check = useLiveCheck(divorceProposal(values));
  const { accept, busy } = useAcceptCase(form, divorceProposal, (created) => `离婚登记申请已受理（案件 ${created.id}），今日为第 0 日`);
  const [fetching, setFetching] = useState(false);
  const periods = check.result && check.violations.length === 0 ? check.result.periods : null;

  /** Fills both parties from the marriage record, so only the documents' validity and the verification remain. */
  const fetchMarriage = async () => {
    const number = (form.getFieldValue('marriageCertificateNumber') as string | undefined)?.trim().toUpperCase();
    if (!number) return void message.warning('请先输入结婚证编号');
    setFetching(true);
    try {
      const found = (await call('searchCases', { query: { q: number } })).cases.find((c) => c.kind === 'marriage' && c.certificateNumber === number);
      if (!found) return void message.warning(`未找到结婚证编号为 ${number} 的登记记录`);
      const marriage = await call('getCase', { params: { id: found.id } });
      const [a, b] = marriage.parties;
      if (a && b) form.setFieldValue('parties', [fromPartyView(a), fromPartyView(b)]);
      void message.success('已调取结婚登记信息，请核对双方证件并填写有效期');
    } catch (failure) {
      void message.error(errorMessage(failure));
    } finally {
      setFetching(false);
    }
  };

  return (
    <DeskPage title="离婚申请" subtitle="双方持身份证件、结婚证和双方签名的离婚协议书共同到场；受理之日为第 0 日">
      <CheckSummary
        check={check}
        unclaimed={unclaimed(check.violations, divorceClaims)}
        blocking={check.violations.length}
        incompleteText="填写结婚证编号和双方信息后，系统将自动审查"
        passedText="审查通过：可以受理离婚登记申请"
      />
      <ViolationContext.Provider value={check.violations}>
        <CardReaderProvider form={form}>
          <Form form={form} layout="vertical" initialValues={emptyDivorce()} {...deskFormKeys(() => void accept())} requiredMark={false}>
            <Card title="婚姻登记信息" styles={{ body: { paddingBottom: 8 } }} style={{ marginBottom: 16 }}>
              <Row gutter={16} align="bottom">
                <Col span={12}>
                  <CheckedItem vpath="marriage" label="结婚证编号" name="marriageCertificateNumber" rules={[{ required: true, whitespace: true, message: '请输入结婚证编号' }]}>
                    <Input autoFocus autoComplete="off" maxLength={60} placeholder="如 J110101-2025-000001" style={{ textTransform: 'uppercase' }} />
                  </CheckedItem>
                </Col>
                <Col span={4}>
                  <Form.Item>
                    <Button loading={fetching} onClick={() => void fetchMarriage()}>
                      调取登记信息
                    </Button>
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <CheckedItem vpath="agreementSigned" name="agreementSigned" valuePropName="checked">
                    <Checkbox>已提交双方签名的离婚协议书</Checkbox>
                  </CheckedItem>
                </Col>
              </Row>
            </Card>
            <Row gutter={16}>
              <Col span={12}>
                <DivorcePartyCard index={0} />
              </Col>
              <Col span={12}>
                <DivorcePartyCard index={1} />
              </Col>
            </Row>
          </Form>
        </CardReaderProvider>
      </ViolationContext.Provider>
      {periods && (
        <Card size="small" title="今日受理的期间" data-testid="periods-preview">
          <Typography.Paragraph style={{ margin: 0 }}>
            受理日（第 0 日）：{chineseDate(periods.acceptedOn)}
            <br />
            冷静期：{periodRange(periods.coolingOffStarts, periods.coolingOffEnds, COOLING_OFF_DAYS)}
            <br />
            领证期：{periodRange(periods.collectionStarts, periods.collectionEnds, COLLECTION_DAYS)}
            <br />
            视为撤回日：{chineseDate(periods.deemedWithdrawnOn)}
            {periods.provisional && <Typography.Text type="warning">（{periods.provisionalYears.join('、')}年节假日尚未公布，日期暂定）</Typography.Text>}
          </Typography.Paragraph>
        </Card>
      )}
      <ActionBar hint="F2 读卡 · Enter 下一项 · Ctrl+Enter 受理 · 输入结婚证编号后可调取双方登记信息">
        <Button onClick={() => form.resetFields()}>清空</Button>
        <Button type="primary" loading={busy} onClick={() => void accept()}>
          受理
        </Button>
      </ActionBar>
    </DeskPage>
  );
}
