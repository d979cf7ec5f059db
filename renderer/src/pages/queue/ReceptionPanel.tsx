import { App, Button, Card, Checkbox, Form, Radio, Result, Space, Typography, type FormInstance } from 'antd';
import { useState } from 'react';
import type { TicketView, Violation } from '../../../../main/contract';
import { BOOKABLE_SERVICES, PRIORITY_LABELS, SERVICE_LABELS, needsCouple, type BookableService } from '../../../../main/domain';
import { ApiError, call, errorMessage } from '../../api/client';
import { CardReaderProvider, useCardReader } from '../desk/party/CardReaderProvider';
import { ViolationAlert, ViolationContext, unclaimed } from '../desk/violations';
import { ReceptionPerson, emptyReceptionPerson, type ReceptionPersonValues } from './ReceptionPerson';
import { PriorityTags, personNames } from './ticketFacts';

type Declared = 'disabled' | 'military';

interface ReceptionValues {
  service?: BookableService;
  persons: ReceptionPersonValues[];
  priority: Declared[];
}

const DECLARED_OPTIONS: { value: Declared; label: string }[] = [
  { value: 'disabled', label: `${PRIORITY_LABELS.disabled}（已查验残疾人证）` },
  { value: 'military', label: `${PRIORITY_LABELS.military}（已查验军人证件）` },
];

const initialValues = (): ReceptionValues => ({ persons: [emptyReceptionPerson(), emptyReceptionPerson()], priority: [] });

/** The person as the ticket route wants them: read from the chip, or checked by the staff member. */
function ticketPerson(p: ReceptionPersonValues) {
  return { idType: p.idType, idNumber: p.idNumber?.trim() ?? '', name: p.name?.trim() ?? '', verified: p.verifyMethod === 'reader' ? ('reader' as const) : ('staff' as const) };
}

/** The number just issued, large enough to read out to the citizen across the counter. */
function IssuedTicket({ ticket, onAgain }: { ticket: TicketView; onAgain: () => void }) {
  return (
    <Result
      status="success"
      title={
        <span data-testid="issued-number" style={{ fontSize: 64, fontWeight: 700, letterSpacing: 2 }}>
          {ticket.number}
        </span>
      }
      subTitle={
        <Space orientation="vertical" size={4}>
          <Typography.Text style={{ fontSize: 18 }}>
            {SERVICE_LABELS[ticket.service]} · {personNames(ticket)}
          </Typography.Text>
          {ticket.ahead !== null && <Typography.Text>前面还有 {ticket.ahead} 人等候</Typography.Text>}
          <PriorityTags priority={ticket.priority} />
        </Space>
      }
      extra={
        <Button type="primary" size="large" autoFocus onClick={onAgain}>
          继续取号
        </Button>
      }
    />
  );
}

function ReceptionForm({ form }: { form: FormInstance<ReceptionValues> }) {
  const { message } = App.useApp();
  const reader = useCardReader();
  const [issued, setIssued] = useState<TicketView | null>(null);
  const [refusal, setRefusal] = useState<{ title: string; violations: Violation[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [second, setSecond] = useState(false);
  const service = Form.useWatch('service', form);
  const couple = service !== undefined && needsCouple(service);
  const count = couple || second ? 2 : 1;

  const submit = async (values: ReceptionValues) => {
    setBusy(true);
    setRefusal(null);
    try {
      const persons = values.persons.slice(0, count).map(ticketPerson);
      setIssued(await call('issueTicket', { body: { service: values.service!, persons, priority: values.priority } }));
    } catch (failure) {
      if (failure instanceof ApiError && failure.violations.length > 0) setRefusal({ title: failure.message, violations: [...failure.violations] });
      else void message.error(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  const again = () => {
    form.resetFields();
    reader?.forget(['persons', 0]);
    reader?.forget(['persons', 1]);
    setSecond(false);
    setRefusal(null);
    setIssued(null);
  };

  if (issued) return <IssuedTicket ticket={issued} onAgain={again} />;
  const violations = refusal?.violations ?? [];
  const rest = unclaimed(violations, (field) => /^persons\.\d\.(idNumber|name)$/.test(field));
  return (
    <ViolationContext.Provider value={violations}>
      <Form<ReceptionValues> form={form} layout="vertical" initialValues={initialValues()} onFinish={(v) => void submit(v)} onValuesChange={() => setRefusal(null)}>
        <Form.Item label="办理业务" name="service" rules={[{ required: true, message: '请选择业务' }]}>
          <Radio.Group optionType="button" buttonStyle="solid" size="large" options={BOOKABLE_SERVICES.map((s) => ({ value: s, label: SERVICE_LABELS[s] }))} />
        </Form.Item>
        <Space orientation="vertical" size="middle" style={{ width: '100%', marginBottom: 16 }}>
          {Array.from({ length: count }, (_, i) => (
            <ReceptionPerson key={i} index={i} title={count === 2 ? `当事人 ${i + 1}` : '当事人'} />
          ))}
          {couple ? (
            <Typography.Text type="secondary">此项业务须双方到场：请读取（或核验）双方证件后取号</Typography.Text>
          ) : (
            <Checkbox checked={second} onChange={(e) => setSecond(e.target.checked)}>
              两人同办（再录入一人）
            </Checkbox>
          )}
        </Space>
        <Form.Item label="优先（老年人按证件号码自动识别）" name="priority">
          <Checkbox.Group options={DECLARED_OPTIONS} />
        </Form.Item>
        {refusal && <ViolationAlert title={refusal.title} violations={rest} />}
        <Button type="primary" htmlType="submit" size="large" loading={busy} style={{ marginTop: 12, minWidth: 160 }}>
          取号
        </Button>
      </Form>
    </ViolationContext.Provider>
  );
}

/** 现场取号: staff issue a ticket at reception for a citizen without an appointment. */
export function ReceptionPanel() {
  const [form] = Form.useForm<ReceptionValues>();
  return (
    <Card title="现场取号" data-testid="reception-panel" style={{ maxWidth: 900 }}>
      <CardReaderProvider form={form}>
        <ReceptionForm form={form} />
      </CardReaderProvider>
    </Card>
  );
}
