import { Button, Form, Input, InputNumber, Space } from 'antd';

const DAYS = { precision: 0, style: { width: 140 }, suffix: '天' } as const;

/** Office hours as sessions (morning, afternoon …) and the length of a slot. */
export function PlanHours({ editable }: { editable: boolean }) {
  return (
    <>
      <Form.List name="sessions">
        {(fields, { add, remove }, { errors }) => (
          <Form.Item label="办公时间" required help={errors.length > 0 ? <Form.ErrorList errors={errors} /> : undefined}>
            <Space orientation="vertical" data-testid="plan-sessions">
              {fields.map((field, i) => (
                <Space key={field.key} align="start">
                  <Form.Item name={[field.name, 'from']} style={{ marginBottom: 0 }}>
                    <Input aria-label={`时段 ${i + 1} 开始`} placeholder="09:00" style={{ width: 96 }} maxLength={5} />
                  </Form.Item>
                  <span style={{ lineHeight: '32px' }}>至</span>
                  <Form.Item name={[field.name, 'to']} style={{ marginBottom: 0 }}>
                    <Input aria-label={`时段 ${i + 1} 结束`} placeholder="12:00" style={{ width: 96 }} maxLength={5} />
                  </Form.Item>
                  {editable && fields.length > 1 && (
                    <Button type="link" danger onClick={() => remove(field.name)}>
                      删除
                    </Button>
                  )}
                </Space>
              ))}
              {editable && fields.length < 6 && <Button onClick={() => add({ from: '', to: '' })}>添加办公时间段</Button>}
            </Space>
          </Form.Item>
        )}
      </Form.List>
      <Form.Item label="每个时段" name="slotMinutes">
        <InputNumber min={5} max={240} precision={0} suffix="分钟" style={{ width: 140 }} />
      </Form.Item>
    </>
  );
}

/** The booking window, the cancellation deadline, the no-show rule and the per-person limit. */
export function PlanRules() {
  return (
    <>
      <Space size="large" wrap>
        <Form.Item label="最早可约（提前天数）" name="bookAheadMinDays">
          <InputNumber min={0} max={60} {...DAYS} />
        </Form.Item>
        <Form.Item label="最晚可约（提前天数）" name="bookAheadMaxDays" dependencies={['bookAheadMinDays']}>
          <InputNumber min={0} max={90} {...DAYS} />
        </Form.Item>
        <Form.Item label="最迟取消（预约日前天数）" name="cancelDaysBefore">
          <InputNumber min={0} max={30} {...DAYS} />
        </Form.Item>
        <Form.Item label="每人每日可约" name="perPersonPerDay">
          <InputNumber min={1} max={10} precision={0} suffix="个" style={{ width: 140 }} />
        </Form.Item>
      </Space>
      <Form.Item label="未到规则" style={{ marginBottom: 0 }}>
        <Space wrap align="start">
          <Form.Item name={['noShow', 'withinDays']} style={{ marginBottom: 8 }}>
            <InputNumber min={1} max={365} aria-label="未到统计天数" {...DAYS} />
          </Form.Item>
          <span style={{ lineHeight: '32px' }}>内未到</span>
          <Form.Item name={['noShow', 'count']} style={{ marginBottom: 8 }}>
            <InputNumber min={1} max={10} precision={0} suffix="次" aria-label="未到次数" style={{ width: 110 }} />
          </Form.Item>
          <span style={{ lineHeight: '32px' }}>，暂停网上预约</span>
          <Form.Item name={['noShow', 'blockDays']} style={{ marginBottom: 8 }}>
            <InputNumber min={0} max={365} aria-label="暂停天数" {...DAYS} />
          </Form.Item>
        </Space>
      </Form.Item>
    </>
  );
}
