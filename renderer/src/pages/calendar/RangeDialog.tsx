import { Form, Input, Radio, Space, type FormRule } from 'antd';
import { addDays, compareDates, daysBetween, isValidDate } from '../../../../main/domain/dates';
import { FormModal } from '../../forms/FormModal';
import { chineseDate } from '../desk/format';
import { DateInput } from '../desk/party/DateInput';
import { ACTION_OPTIONS, NOTE_PLACEHOLDER, changeOf, type DayAction } from './DayDialog';
import type { DayChange } from './useCalendarDraft';

interface RangeFields {
  from: string;
  to: string;
  action: DayAction;
  note: string;
}

// A holiday block is a week or so; a whole year is the most a single entry may cover.
const MAX_RANGE_DAYS = 366;

const dateRule: FormRule = {
  validator: async (_rule, value: unknown) => {
    if (!value) throw new Error('请输入日期');
    if (!isValidDate(value)) throw new Error('请输入有效日期，如 20270205');
  },
};

const afterFromRule: FormRule = ({ getFieldValue }) => ({
  validator: async (_rule, value: unknown) => {
    const from: unknown = getFieldValue('from');
    if (!isValidDate(from) || !isValidDate(value)) return;
    if (compareDates(value, from) < 0) throw new Error('截止日期不能早于起始日期');
    if (daysBetween(from, value) + 1 > MAX_RANGE_DAYS) throw new Error(`一次最多录入 ${MAX_RANGE_DAYS} 天`);
  },
});

/** Every date from `from` to `to`, both included. */
function datesOf(from: string, to: string): string[] {
  return Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => addDays(from, i));
}

/** A block of days at once: a holiday (从…至… 本机关休息, 备注 春节) or a run of make-up working days. */
export function RangeDialog({ onApply, onClose }: { onApply: (dates: readonly string[], change: DayChange) => void; onClose: () => void }) {
  const [form] = Form.useForm<RangeFields>();
  const from = Form.useWatch('from', form);
  const to = Form.useWatch('to', form);
  const action = Form.useWatch('action', form) ?? 'closed';
  const count = isValidDate(from) && isValidDate(to) && compareDates(to, from) >= 0 ? daysBetween(from, to) + 1 : null;

  return (
    <FormModal<RangeFields>
      title="按日期范围录入"
      form={form}
      fields={['from', 'to', 'action', 'note']}
      okText="确定"
      initialValues={{ action: 'closed', note: '' }}
      submit={async (v) => onApply(datesOf(v.from, v.to), changeOf(v.action, v.note))}
      onClose={onClose}
    >
      <Space align="start" size="middle" style={{ display: 'flex' }}>
        <Form.Item label="起始日期" name="from" rules={[dateRule]} style={{ flex: 1 }}>
          <DateInput autoFocus placeholder="如 20270205" />
        </Form.Item>
        <Form.Item label="截止日期" name="to" rules={[dateRule, afterFromRule]} dependencies={['from']} style={{ flex: 1 }}>
          <DateInput placeholder="如 20270212" />
        </Form.Item>
      </Space>
      <Form.Item label="本机关安排" name="action">
        <Radio.Group optionType="button" buttonStyle="solid" options={ACTION_OPTIONS.map((o) => ({ ...o }))} />
      </Form.Item>
      <Form.Item label="备注" name="note" style={{ marginBottom: 4 }}>
        <Input placeholder={NOTE_PLACEHOLDER} maxLength={100} disabled={action === 'default'} autoComplete="off" />
      </Form.Item>
      <div data-testid="range-summary" style={{ minHeight: 22, color: 'rgba(0,0,0,0.55)', fontSize: '0.9em' }}>
        {count !== null &&
          `${chineseDate(from)}至${chineseDate(to)}，共 ${count} 天将${action === 'default' ? '恢复按官方安排办公' : `设为${action === 'opened' ? '本机关上班' : '本机关休息'}`}`}
      </div>
    </FormModal>
  );
}
