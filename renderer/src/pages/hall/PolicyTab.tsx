import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Radio, Row, Skeleton, Space, Typography } from 'antd';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { QueuePolicySchema } from '../../../../main/contract';
import { DEFAULT_PREFIXES, POLICY_MODES, POLICY_MODE_LABELS, SERVICES, SERVICE_LABELS, type Service } from '../../../../main/domain';
import { call, errorMessage } from '../../api/client';
import { showViolations } from '../../forms/zodRules';
import { refusalText } from '../queue/ticketFacts';

type PolicyValues = QueuePolicySchema;

/** The policy as the form edits it: a service without its own prefix shows the default one. */
function formValues(policy: QueuePolicySchema): PolicyValues {
  return { ...policy, prefixes: { ...DEFAULT_PREFIXES, ...policy.prefixes } };
}

const LEAF_FIELDS = [
  'mode', 'ratio.ordinary', 'ratio.priority', 'afterWaitMinutes', 'maxOrdinaryWaitMinutes', 'recallDelaySeconds', 'noShowAfterCalls',
  'elderlyAge', 'appointmentEarlyMinutes', 'boardNames', ...SERVICES.map((s) => `prefixes.${s}`),
];

function NumberItem({ name, label, unit, min, max, disabled, extra }: { name: string | string[]; label: string; unit: string; min: number; max: number; disabled?: boolean; extra?: ReactNode }) {
  return (
    <Form.Item label={label} name={name} extra={extra} rules={[{ required: true, message: `请输入${label}` }]}>
      <InputNumber min={min} max={max} precision={0} suffix={unit} disabled={disabled} style={{ width: 180 }} />
    </Form.Item>
  );
}

/** One letter per service, each different: two services sharing a prefix would print the same numbers. */
function prefixRule(service: Service) {
  return ({ getFieldValue }: { getFieldValue: (name: (string | number)[]) => unknown }) => ({
    validator: async (_rule: unknown, value: unknown) => {
      if (typeof value !== 'string' || !/^[A-Z]$/.test(value)) throw new Error('前缀须为一个大写字母');
      const clash = SERVICES.find((s) => s !== service && getFieldValue(['prefixes', s]) === value);
      if (clash) throw new Error(`与${SERVICE_LABELS[clash]}的前缀相同`);
    },
  });
}

/** 叫号规则: how the next ticket is chosen, the calling limits, who counts as priority, and how numbers and the board look. */
export function PolicyTab() {
  const [form] = Form.useForm<PolicyValues>();
  const { message } = App.useApp();
  const [loaded, setLoaded] = useState<PolicyValues | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const mode = Form.useWatch('mode', form);

  const load = useCallback(async () => {
    try {
      setLoaded(formValues(await call('getQueuePolicy')));
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const save = async (values: PolicyValues) => {
    setBusy(true);
    setError(null);
    try {
      const saved = await call('putQueuePolicy', { body: values });
      setLoaded(formValues(saved));
      form.setFieldsValue(formValues(saved));
      void message.success('叫号规则已保存，即时生效');
    } catch (failure) {
      if (!showViolations(form, LEAF_FIELDS, failure)) setError(refusalText(failure));
    } finally {
      setBusy(false);
    }
  };

  if (!loaded) return error ? <Alert type="error" showIcon title={error} /> : <Skeleton active />;
  return (
    <Form<PolicyValues> form={form} layout="vertical" initialValues={loaded} onFinish={(v) => void save(v)} data-testid="policy-form" style={{ maxWidth: 960 }}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {error && <Alert type="error" showIcon title={error} />}
        <Card size="small" title="叫号顺序">
          <Form.Item label="优先号的叫法" name="mode">
            <Radio.Group orientation="vertical" options={POLICY_MODES.map((m) => ({ value: m, label: POLICY_MODE_LABELS[m] }))} />
          </Form.Item>
          <Row gutter={24}>
            <Col>
              <NumberItem name={['ratio', 'ordinary']} label="比例：普通号" unit="个" min={1} max={20} disabled={mode !== 'ratio'} />
            </Col>
            <Col>
              <NumberItem name={['ratio', 'priority']} label="比例：优先号" unit="个" min={1} max={20} disabled={mode !== 'ratio'} />
            </Col>
            <Col>
              <NumberItem name="afterWaitMinutes" label="优先号等候满" unit="分钟" min={0} max={1440} disabled={mode !== 'after_wait'} />
            </Col>
            <Col>
              <NumberItem name="maxOrdinaryWaitMinutes" label="普通号最长等候" unit="分钟" min={1} max={1440} extra="等候超过此时长的普通号无论规则如何都先叫" />
            </Col>
          </Row>
        </Card>
        <Card size="small" title="呼叫与过号">
          <Row gutter={24}>
            <Col>
              <NumberItem name="recallDelaySeconds" label="重呼最短间隔" unit="秒" min={0} max={600} />
            </Col>
            <Col>
              <NumberItem name="noShowAfterCalls" label="呼叫满几次可记过号" unit="次" min={1} max={10} />
            </Col>
          </Row>
        </Card>
        <Card size="small" title="优先认定">
          <Row gutter={24}>
            <Col>
              <NumberItem name="elderlyAge" label="老年人年龄（按证件号码）" unit="周岁" min={50} max={100} />
            </Col>
            <Col>
              <NumberItem name="appointmentEarlyMinutes" label="预约号提前优先" unit="分钟" min={0} max={1440} extra="预约时段开始前多少分钟起按优先号叫" />
            </Col>
          </Row>
        </Card>
        <Card size="small" title="号码与显示屏">
          <Form.Item label="显示屏上的姓名" name="boardNames">
            <Radio.Group
              options={[
                { value: 'masked', label: '遮蔽姓名（张*三）' },
                { value: 'hidden', label: '不显示姓名' },
              ]}
            />
          </Form.Item>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            号码前缀（每项业务一个大写字母；修改后新取的号即用新前缀）
          </Typography.Paragraph>
          <Row gutter={16}>
            {SERVICES.map((s) => (
              <Col key={s} span={8}>
                <Form.Item label={SERVICE_LABELS[s]} name={['prefixes', s]} dependencies={SERVICES.filter((o) => o !== s).map((o) => ['prefixes', o])} normalize={(v: string) => v.toUpperCase()} rules={[prefixRule(s)]}>
                  <Input maxLength={1} style={{ width: 64, textAlign: 'center' }} />
                </Form.Item>
              </Col>
            ))}
          </Row>
        </Card>
        <Space>
          <Button type="primary" htmlType="submit" size="large" loading={busy}>
            保存叫号规则
          </Button>
          <Button size="large" onClick={() => form.setFieldsValue(loaded)}>
            撤销修改
          </Button>
        </Space>
      </Space>
    </Form>
  );
}
