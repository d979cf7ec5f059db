import { Alert, App, Button, Divider, Form, Skeleton, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { AppointmentPlanSchema, violationsFromIssues, type Violation } from '../../../../main/contract';
import { ApiError, call, errorMessage } from '../../api/client';
import { bareMessage, placePlanViolations } from './planViolations';
import { PlanCapacity } from './PlanCapacity';
import { PlanOverrides } from './PlanOverrides';
import { PlanHours, PlanRules } from './PlanRules';

type Plan = AppointmentPlanSchema;

/**
 * 预约计划: office hours, slots, places per service, the popular dates, single-day overrides and the
 * booking rules. Only a manager changes it; others see it as it stands.
 */
export function PlanTab({ editable }: { editable: boolean }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Plan>();
  const [saved, setSaved] = useState<Plan | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [unplaced, setUnplaced] = useState<Violation[]>([]);
  const [saving, setSaving] = useState(false);
  const [dirty, setDirty] = useState(false);

  const show = useCallback(
    (plan: Plan) => {
      setSaved(plan);
      form.resetFields();
      form.setFieldsValue(plan);
      setDirty(false);
      setUnplaced([]);
    },
    [form],
  );

  useEffect(() => {
    call('getPlan').then(show, (failure: unknown) => setError(errorMessage(failure)));
  }, [show]);

  const refuse = (violations: readonly Violation[]) => setUnplaced(placePlanViolations(form, violations));

  const save = async () => {
    setUnplaced([]);
    // The form's own rules (a real date), then the contract's schema, so a slip is shown at once and in the host's words.
    const checked = await form.validateFields().then(
      () => true,
      () => false,
    );
    if (!checked) return;
    const parsed = AppointmentPlanSchema.safeParse(form.getFieldsValue(true));
    if (!parsed.success) return refuse(violationsFromIssues(parsed.error.issues));
    setSaving(true);
    try {
      show(await call('putPlan', { body: parsed.data }));
      void message.success('预约计划已保存');
    } catch (failure) {
      if (failure instanceof ApiError && failure.violations.length > 0) refuse(failure.violations);
      else void message.error(errorMessage(failure));
    } finally {
      setSaving(false);
    }
  };

  if (error) return <Alert type="error" showIcon title={error} />;
  if (!saved) return <Skeleton active />;
  return (
    <Form<Plan> form={form} name="plan" layout="vertical" disabled={!editable} onValuesChange={() => setDirty(true)} data-testid="plan-form">
      {!editable && <Alert type="info" showIcon title="预约计划由大厅主管设定，此处仅供查看" style={{ marginBottom: 16 }} />}
      <Divider titlePlacement="start">办公时间与时段</Divider>
      <PlanHours editable={editable} />
      <Divider titlePlacement="start">名额</Divider>
      <PlanCapacity />
      <Divider titlePlacement="start">本机关调整日</Divider>
      <Typography.Paragraph type="secondary" style={{ fontSize: '0.9em' }}>
        为单日设定名额（优先于平日和特殊日期）；各项名额均为 0 即该日不办理预约。非工作日不办理，请在“工作日历”中调整上班日。
      </Typography.Paragraph>
      <PlanOverrides editable={editable} />
      <Divider titlePlacement="start">预约规则</Divider>
      <PlanRules />
      {unplaced.length > 0 && (
        <Alert
          type="error"
          showIcon
          title="预约计划有误，请按提示修改"
          description={unplaced.map((v, i) => (
            <div key={`${v.field}-${i}`}>{bareMessage(v)}</div>
          ))}
          style={{ marginTop: 16 }}
          data-testid="violation-alert"
        />
      )}
      {editable && (
        <div
          style={{
            position: 'sticky',
            bottom: 0,
            zIndex: 2,
            display: 'flex',
            justifyContent: 'flex-end',
            alignItems: 'center',
            gap: 12,
            margin: '16px -24px 0',
            padding: '12px 24px',
            background: '#fff',
            borderTop: '1px solid #f0f0f0',
          }}
        >
          {dirty ? <Tag color="processing">有未保存的修改</Tag> : <Typography.Text type="secondary">已与系统中的预约计划一致</Typography.Text>}
          <Button onClick={() => show(saved)} disabled={!dirty || saving}>
            撤销修改
          </Button>
          <Button type="primary" onClick={() => void save()} loading={saving} disabled={!dirty}>
            保存预约计划
          </Button>
        </div>
      )}
    </Form>
  );
}
