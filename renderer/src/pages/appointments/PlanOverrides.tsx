import { Button, Form, Input, InputNumber, Typography } from 'antd';
import { BOOKABLE_SERVICES, SERVICE_LABELS } from '../../../../main/domain';
import { isValidDate } from '../../../../main/domain/dates';
import { DateInput } from '../desk/party/DateInput';
import { COUNT_INPUT } from './PlanCapacity';

const GRID = { display: 'grid', gridTemplateColumns: `230px repeat(${BOOKABLE_SERVICES.length}, 104px) minmax(160px, 1fr) 64px`, gap: 8, alignItems: 'start' } as const;
const CELL = { marginBottom: 0 } as const;
// The contract checks only the shape (YYYY-MM-DD); a day that does not exist is caught here.
const DATE_RULE = {
  validator: async (_rule: unknown, value: unknown) => {
    if (!isValidDate(value)) throw new Error('请输入有效日期，如 20261231');
  },
};

/** Single days the office sets itself: their own capacity and a note; all zero closes the day to bookings. */
export function PlanOverrides({ editable }: { editable: boolean }) {
  return (
    <Form.List name="dayOverrides">
      {(fields, { add, remove }) => (
        <div data-testid="plan-overrides">
          {fields.length > 0 && (
            <div style={{ ...GRID, color: 'rgba(0,0,0,0.55)', fontSize: '0.9em', marginBottom: 4 }}>
              <span>日期</span>
              {BOOKABLE_SERVICES.map((s) => (
                <span key={s}>{SERVICE_LABELS[s]}</span>
              ))}
              <span>备注</span>
              <span />
            </div>
          )}
          {fields.map((field, i) => (
            <div key={field.key} style={{ ...GRID, marginBottom: 8 }}>
              <Form.Item name={[field.name, 'date']} style={CELL} rules={[DATE_RULE]}>
                <DateInput aria-label={`调整日 ${i + 1} 日期`} placeholder="如 20261231" />
              </Form.Item>
              {BOOKABLE_SERVICES.map((s) => (
                <Form.Item key={s} name={[field.name, 'capacity', s]} style={CELL}>
                  <InputNumber {...COUNT_INPUT} aria-label={`调整日 ${i + 1} ${SERVICE_LABELS[s]}`} />
                </Form.Item>
              ))}
              <Form.Item name={[field.name, 'note']} style={CELL}>
                <Input maxLength={60} aria-label={`调整日 ${i + 1} 备注`} placeholder="如：系统升级停办" autoComplete="off" />
              </Form.Item>
              {editable && (
                <Button type="link" danger onClick={() => remove(field.name)}>
                  删除
                </Button>
              )}
            </div>
          ))}
          {fields.length === 0 && <Typography.Paragraph type="secondary">尚无调整日。</Typography.Paragraph>}
          {editable && (
            <Button onClick={() => add({ date: '', note: '', capacity: Object.fromEntries(BOOKABLE_SERVICES.map((s) => [s, 0])) })}>添加调整日</Button>
          )}
        </div>
      )}
    </Form.List>
  );
}
