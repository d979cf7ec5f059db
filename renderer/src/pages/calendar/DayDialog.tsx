import { Descriptions, Form, Input, Radio, Tag } from 'antd';
import { FormModal } from '../../forms/FormModal';
import { chineseDateWithWeekday } from '../desk/format';
import { KIND_LOOKS, OFFICIAL_LABELS, type DayInfo } from './dayKinds';
import type { DayChange } from './useCalendarDraft';

export type DayAction = 'closed' | 'opened' | 'default';

interface DayFields {
  action: DayAction;
  note: string;
}

export const ACTION_OPTIONS: readonly { value: DayAction; label: string }[] = [
  { value: 'closed', label: '本机关休息' },
  { value: 'opened', label: '本机关上班' },
  { value: 'default', label: '恢复默认' },
];

export const NOTE_PLACEHOLDER = '可选，如：春节、国庆节、集中培训';

export function changeOf(action: DayAction, note: string | undefined): DayChange {
  return action === 'default' ? null : { open: action === 'opened', note: note ?? '' };
}

/** A day without an override opens on its opposite (a working day on 休息), so a click and Enter toggle it. */
function initialFields(info: DayInfo): DayFields {
  if (info.override) return { action: info.override.open ? 'opened' : 'closed', note: info.override.note };
  const officiallyOff = info.official === 'holiday' || info.official === 'weekend';
  return { action: officiallyOff ? 'opened' : 'closed', note: '' };
}

/** One day's override: the office closes it, opens it, or lets it follow the official calendar again. */
export function DayDialog({ info, onApply, onClose }: { info: DayInfo; onApply: (change: DayChange) => void; onClose: () => void }) {
  const [form] = Form.useForm<DayFields>();
  const action = Form.useWatch('action', form) ?? initialFields(info).action;
  const official = `${OFFICIAL_LABELS[info.official]}${info.holidayName ? `（${info.holidayName}）` : ''}`;
  const current = KIND_LOOKS[info.kind];

  return (
    <FormModal<DayFields>
      title={`调整日期：${chineseDateWithWeekday(info.date)}`}
      form={form}
      fields={['action', 'note']}
      okText="确定"
      initialValues={initialFields(info)}
      submit={async ({ action: chosen, note }) => onApply(changeOf(chosen, note))}
      onClose={onClose}
    >
      <Descriptions
        size="small"
        column={1}
        bordered
        style={{ marginBottom: 16 }}
        items={[
          { key: 'official', label: '官方安排', children: official },
          {
            key: 'now',
            label: '当前设置',
            children: info.override ? (
              <Tag color={info.override.open ? 'green' : 'orange'}>
                {current.label}
                {info.override.note ? `：${info.override.note}` : ''}
              </Tag>
            ) : (
              '按官方安排'
            ),
          },
        ]}
      />
      <Form.Item label="本机关安排" name="action">
        <Radio.Group optionType="button" buttonStyle="solid" options={ACTION_OPTIONS.map((o) => ({ ...o }))} />
      </Form.Item>
      <Form.Item label="备注" name="note" style={{ marginBottom: 4 }} extra={action === 'default' ? '恢复默认后按官方安排办公，不保留备注' : undefined}>
        <Input placeholder={NOTE_PLACEHOLDER} maxLength={100} autoFocus disabled={action === 'default'} autoComplete="off" />
      </Form.Item>
    </FormModal>
  );
}
