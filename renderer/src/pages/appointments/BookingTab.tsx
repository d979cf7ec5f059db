import { Alert, App, Button, Col, Form, Input, Radio, Row, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { AppointmentView, BookingInput, Violation } from '../../../../main/contract';
import { BOOKABLE_SERVICES, needsCouple, SERVICE_LABELS, type BookableService } from '../../../../main/domain';
import { ApiError, call, errorMessage } from '../../api/client';
import { chineseDate } from '../desk/format';
import { deskFormKeys } from '../desk/keyboard';
import { DateInput } from '../desk/party/DateInput';
import { CheckedItem, ViolationAlert, ViolationContext, ViolationLines } from '../desk/violations';
import type { SlotPick } from './DaySlotsTable';
import { PersonFields } from './PersonFields';
import { SlotSelect } from './SlotSelect';
import { useBookingCheck } from './useBookingCheck';

interface BookingValues {
  service: BookableService;
  date: string;
  slotStart: string;
  persons: { idType: BookingInput['persons'][number]['idType']; idNumber: string; name: string }[];
  phone: string;
  note: string;
}

const NO_ONE = { idType: 'resident_id', idNumber: '', name: '' } as const;
const INITIAL: Partial<BookingValues> = { service: 'marriage', persons: [{ ...NO_ONE }, { ...NO_ONE }], phone: '', note: '' };
const SERVICE_OPTIONS = BOOKABLE_SERVICES.map((value) => ({ value, label: SERVICE_LABELS[value] }));
// The fields that show their own violations; everything else (the couple as a whole, a rule of the day) is listed below.
const CLAIMED = /^(date|slotStart|phone|note|persons\.\d\.(idType|idNumber|name))$/;

/** The booking the form describes, with as many persons as the service needs. */
function proposalOf(v: Partial<BookingValues>): Partial<BookingInput> {
  const count = v.service && needsCouple(v.service) ? 2 : 1;
  return {
    service: v.service,
    date: v.date,
    slotStart: v.slotStart,
    source: 'phone',
    persons: (v.persons ?? []).slice(0, count).map((p) => ({ ...p, idType: p?.idType ?? 'resident_id' })),
    phone: v.phone ?? '',
    note: v.note ?? '',
  };
}

/**
 * 电话预约: staff take a citizen's booking over the phone. The pre-check runs as they type, so the
 * caller hears at once what the window would say on the day (age, cooling-off, a full slot).
 */
export function BookingTab({ pick, version }: { pick: (SlotPick & { nonce: number }) | null; version: number }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<BookingValues>();
  const values = Form.useWatch([], form) as Partial<BookingValues> | undefined;
  const proposal = proposalOf(values ?? {});
  const live = useBookingCheck(proposal);
  const [refused, setRefused] = useState<{ key: string; violations: readonly Violation[]; message: string } | null>(null);
  const [booked, setBooked] = useState<AppointmentView | null>(null);
  const [busy, setBusy] = useState(false);
  const key = JSON.stringify(proposal);
  const violations = refused?.key === key ? refused.violations : live.violations;
  const service = values?.service;

  useEffect(() => {
    if (!pick) return;
    form.setFieldsValue({ service: pick.service, date: pick.date, slotStart: pick.slotStart });
  }, [pick, form]);

  const submit = async (v: BookingValues) => {
    setBusy(true);
    try {
      const body = proposalOf(v) as BookingInput;
      const appointment = await call('book', { body });
      setBooked(appointment);
      setRefused(null);
      void message.success('预约成功');
      form.resetFields(['slotStart', 'persons', 'phone', 'note']);
    } catch (failure) {
      if (failure instanceof ApiError && failure.violations.length > 0) setRefused({ key: JSON.stringify(proposalOf(v)), violations: failure.violations, message: failure.message });
      else void message.error(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  const unclaimed = violations.filter((v) => !CLAIMED.test(v.field));
  return (
    <ViolationContext.Provider value={violations}>
      {booked && (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setBooked(null)}
          style={{ marginBottom: 16 }}
          data-testid="booking-success"
          title={`已预约：${chineseDate(booked.date)} ${booked.slotStart}–${booked.slotEnd}，${SERVICE_LABELS[booked.service]}`}
          description={`${booked.persons.map((p) => `${p.name}（${p.idNumberMasked}）`).join('、')}；预约编号 ${booked.id}`}
        />
      )}
      <Form<BookingValues>
        form={form}
        // Named, so its field ids (booking_date) never clash with a dialog's over the hidden tab.
        name="booking"
        layout="vertical"
        initialValues={INITIAL}
        onFinish={(v) => void submit(v)}
        {...deskFormKeys(() => form.submit())}
        style={{ maxWidth: 880 }}
        data-testid="booking-form"
      >
        <Form.Item label="业务" name="service" rules={[{ required: true, message: '请选择业务' }]}>
          <Radio.Group optionType="button" buttonStyle="solid" options={SERVICE_OPTIONS} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={10}>
            <CheckedItem vpath="date" label="预约日期" name="date" rules={[{ required: true, message: '请输入预约日期' }]}>
              <DateInput placeholder="如 20260521" />
            </CheckedItem>
          </Col>
          <Col span={14}>
            <CheckedItem vpath="slotStart" label="时段" name="slotStart" rules={[{ required: true, message: '请选择时段' }]}>
              <SlotSelect date={values?.date} service={service} version={version} />
            </CheckedItem>
          </Col>
        </Row>
        <PersonFields index={0} title={service && needsCouple(service) ? '当事人一' : '当事人'} />
        {service && needsCouple(service) && <PersonFields index={1} title="当事人二" />}
        <Row gutter={16}>
          <Col span={10}>
            <CheckedItem vpath="phone" label="联系电话" name="phone">
              <Input autoComplete="off" maxLength={20} inputMode="tel" />
            </CheckedItem>
          </Col>
          <Col span={14}>
            <CheckedItem vpath="note" label="备注" name="note">
              <Input autoComplete="off" maxLength={200} />
            </CheckedItem>
          </Col>
        </Row>
        <Space orientation="vertical" style={{ width: '100%' }}>
          {refused?.key === key ? (
            <Alert
              type="error"
              showIcon
              title={refused.message}
              description={unclaimed.length > 0 ? <ViolationLines violations={unclaimed} /> : undefined}
              data-testid="booking-refused"
            />
          ) : (
            <ViolationAlert title="预约预审未通过" violations={unclaimed} />
          )}
          {live.error && <Alert type="warning" showIcon title={`预审失败：${live.error}`} />}
          <Space>
            <Button type="primary" htmlType="submit" loading={busy}>
              预约
            </Button>
            <CheckStatus complete={live.complete} checking={live.checking} failed={violations.length > 0} />
          </Space>
        </Space>
      </Form>
    </ViolationContext.Provider>
  );
}

function CheckStatus({ complete, checking, failed }: { complete: boolean; checking: boolean; failed: boolean }) {
  if (!complete) return <Typography.Text type="secondary">填写完整后自动预审（Ctrl+Enter 预约）</Typography.Text>;
  if (checking) return <Spin size="small" />;
  return failed ? <Typography.Text type="danger">预审未通过，请按提示修改</Typography.Text> : <Typography.Text type="success" data-testid="check-ok">预审通过</Typography.Text>;
}
