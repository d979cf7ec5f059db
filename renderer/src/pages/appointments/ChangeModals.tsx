import { Form, Input } from 'antd';
import type { AppointmentChange, AppointmentView } from '../../../../main/contract';
import { SERVICE_LABELS } from '../../../../main/domain';
import { call } from '../../api/client';
import { FormModal } from '../../forms/FormModal';
import { chineseDate } from '../desk/format';
import { DateInput } from '../desk/party/DateInput';
import { SlotSelect } from './SlotSelect';

const reasonRule = { required: true, whitespace: true, min: 2, message: '请填写原因（至少 2 个字）' };

/** 张三、李四 · 2026年5月21日 09:00 · 结婚登记: which booking a dialog acts on. */
function subject(a: AppointmentView): string {
  return `${a.persons.map((p) => p.name).join('、')} · ${chineseDate(a.date)} ${a.slotStart} · ${SERVICE_LABELS[a.service]}`;
}

async function change(a: AppointmentView, body: AppointmentChange): Promise<void> {
  await call('changeAppointment', { params: { id: a.id }, body });
}

/** 取消预约, with the reason on record (the citizen asked, the office closed the day …). */
export function CancelModal({ appointment, onClose }: { appointment: AppointmentView; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <FormModal<{ reason: string }>
      title={`取消预约：${subject(appointment)}`}
      form={form}
      fields={['reason']}
      okText="取消预约"
      submit={(v) => change(appointment, { action: 'cancel', reason: v.reason })}
      onClose={onClose}
    >
      <Form.Item label="取消原因" name="reason" rules={[reasonRule]}>
        <Input.TextArea autoFocus rows={2} maxLength={200} placeholder="如：当事人来电取消" />
      </Form.Item>
    </FormModal>
  );
}

interface MoveValues {
  date: string;
  slotStart: string;
  reason: string;
}

/** 改约: another day or slot for the same persons and service, checked by the host like a new booking. */
export function MoveModal({ appointment, version, onClose }: { appointment: AppointmentView; version: number; onClose: () => void }) {
  const [form] = Form.useForm<MoveValues>();
  const date = Form.useWatch('date', form);
  return (
    <FormModal<MoveValues>
      title={`改约：${subject(appointment)}`}
      form={form}
      fields={['date', 'slotStart', 'reason']}
      okText="改约"
      initialValues={{ date: appointment.date }}
      submit={(v) => change(appointment, { action: 'move', date: v.date, slotStart: v.slotStart, reason: v.reason })}
      onClose={onClose}
    >
      <Form.Item label="新的日期" name="date" rules={[{ required: true, message: '请输入日期' }]}>
        <DateInput autoFocus placeholder="如 20260521" />
      </Form.Item>
      <Form.Item label="新的时段" name="slotStart" rules={[{ required: true, message: '请选择时段' }]}>
        <SlotSelect date={date} service={appointment.service} version={version} />
      </Form.Item>
      <Form.Item label="改约原因" name="reason" rules={[reasonRule]}>
        <Input.TextArea rows={2} maxLength={200} placeholder="如：当事人来电改期" />
      </Form.Item>
    </FormModal>
  );
}
