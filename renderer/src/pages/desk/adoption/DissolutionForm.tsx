import { App, Button, Card, Checkbox, Col, Descriptions, Form, Input, Row, Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import type { CaseView } from '../../../../../main/contract';
import { ageOn } from '../../../../../main/domain/identity';
import { call, errorMessage } from '../../../api/client';
import { CheckSummary } from '../CheckSummary';
import { ActionBar } from '../DeskPage';
import { chineseDate, officeToday } from '../format';
import { deskFormKeys } from '../keyboard';
import { STATUS_COLORS } from '../labels';
import { useAcceptCase } from '../useAcceptCase';
import { useLiveCheck } from '../useLiveCheck';
import { CheckedItem, ViolationContext, unclaimed } from '../violations';
import { dissolutionClaims, dissolutionProposal, type DissolutionFormValues } from './adoptionValues';
import { ChildConsentItem } from './ChildCard';

/** The adoption found by its certificate: who adopted whom, so the registrar can check the people at the window. */
function AdoptionFound({ adoption }: { adoption: CaseView }) {
  const child = adoption.parties[adoption.parties.length - 1]!;
  const adopters = adoption.parties.slice(0, -1);
  return (
    <Descriptions
      size="small"
      column={2}
      data-testid="adoption-found"
      items={[
        { key: 'adopters', label: '收养人', children: adopters.map((p) => `${p.name}（${p.idNumberMasked}）`).join('、') },
        { key: 'child', label: '被收养人', children: `${child.name}，${chineseDate(child.birthDate)}出生，${ageOn(child.birthDate, officeToday())} 周岁` },
        { key: 'registered', label: '收养登记日期', children: chineseDate(adoption.registeredOn) },
        { key: 'status', label: '状态', children: <Tag color={STATUS_COLORS[adoption.status] ?? 'default'}>{adoption.statusLabel}</Tag> },
      ]}
    />
  );
}

/**
 * 解除收养关系 by agreement: the adoption by its 收养登记证 number, the child's consent from 8, the
 * certificate taken back. Registered at once when the rules allow, with its 解除收养关系证明.
 */
export function DissolutionForm({ initialNumber }: { initialNumber: string | null }) {
  const [form] = Form.useForm<DissolutionFormValues>();
  const { message } = App.useApp();
  const values = Form.useWatch((v: DissolutionFormValues) => v, form);
  const check = useLiveCheck(dissolutionProposal(values));
  const { accept, busy } = useAcceptCase(form, dissolutionProposal, (created) => `已登记解除收养关系，证明编号 ${created.certificateNumber ?? ''}`);
  const [adoption, setAdoption] = useState<CaseView | null>(null);
  const child = adoption?.parties[adoption.parties.length - 1];

  const fetchAdoption = async () => {
    const number = (form.getFieldValue('adoptionCertificateNumber') as string | undefined)?.trim().toUpperCase();
    if (!number) return void message.warning('请先输入收养登记证编号');
    try {
      const found = (await call('searchCases', { query: { q: number } })).cases.find((c) => c.kind === 'adoption' && c.certificateNumber === number);
      if (!found) {
        setAdoption(null);
        return void message.warning(`档案中未找到收养登记证编号为 ${number} 的收养登记`);
      }
      setAdoption(await call('getCase', { params: { id: found.id } }));
    } catch (failure) {
      void message.error(errorMessage(failure));
    }
  };

  // Opened from an adoption's case page: its number is filled in and its record fetched at once.
  useEffect(() => {
    if (!initialNumber) return;
    form.setFieldValue('adoptionCertificateNumber', initialNumber);
    void fetchAdoption();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, for the number the page was opened with
  }, [initialNumber]);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 960 }}>
      <CheckSummary
        check={check}
        unclaimed={unclaimed(check.violations, dissolutionClaims)}
        blocking={check.violations.length}
        incompleteText="输入收养登记证编号后，系统将自动审查"
        passedText="审查通过：可以登记解除收养关系"
      />
      <ViolationContext.Provider value={check.violations}>
        <Form form={form} name="dissolution" layout="vertical" initialValues={{ childConsent: false, certificateReturned: false }} {...deskFormKeys(() => void accept())} requiredMark={false}>
          <Card title="收养登记" styles={{ body: { paddingBottom: 8 } }}>
            <Row gutter={16} align="bottom">
              <Col span={14}>
                <CheckedItem vpath="adoptionCertificateNumber" label="收养登记证编号" name="adoptionCertificateNumber" rules={[{ required: true, whitespace: true, message: '请输入收养登记证编号' }]}>
                  <Input
                    autoFocus
                    autoComplete="off"
                    maxLength={60}
                    placeholder="如 SY110101-2026-000001"
                    style={{ textTransform: 'uppercase' }}
                    onChange={() => setAdoption(null)}
                  />
                </CheckedItem>
              </Col>
              <Col span={10}>
                <Form.Item>
                  <Button onClick={() => void fetchAdoption()}>调取登记信息</Button>
                </Form.Item>
              </Col>
              {adoption && (
                <Col span={24} style={{ marginBottom: 16 }}>
                  <AdoptionFound adoption={adoption} />
                </Col>
              )}
              <Col span={24}>
                <ChildConsentItem age={child ? ageOn(child.birthDate, officeToday()) : null}>已征得被收养人本人同意解除收养关系</ChildConsentItem>
                <CheckedItem vpath="certificateReturned" name="certificateReturned" valuePropName="checked" style={{ marginBottom: 12 }}>
                  <Checkbox>《收养登记证》已收回</Checkbox>
                </CheckedItem>
              </Col>
            </Row>
          </Card>
        </Form>
      </ViolationContext.Provider>
      <ActionBar hint="Enter 下一项 · Ctrl+Enter 登记 · 收养关系当事人协议解除，被收养人未成年的在其户口所在地登记机关办理">
        <Button
          onClick={() => {
            form.resetFields();
            setAdoption(null);
          }}
        >
          清空
        </Button>
        <Button type="primary" loading={busy} onClick={() => void accept()}>
          登记解除收养关系
        </Button>
      </ActionBar>
    </Space>
  );
}
