import { Form, InputNumber, Switch, Table, Typography } from 'antd';
import { BOOKABLE_SERVICES, qixiOf, SERVICE_LABELS, type BookableService } from '../../../../main/domain';
import { chineseDate, officeToday } from '../desk/format';

export const COUNT_INPUT = { min: 0, max: 999, precision: 0, style: { width: 96 } } as const;

/** Places per slot for each service, on ordinary working days and on the popular dates. */
export function PlanCapacity() {
  const year = Number(officeToday().slice(0, 4));
  const enabled = Form.useWatch(['specialDates', 'enabled']) as boolean | undefined;
  return (
    <>
      <Table<{ service: BookableService }>
        rowKey="service"
        size="small"
        bordered
        pagination={false}
        style={{ maxWidth: 640, marginBottom: 12 }}
        dataSource={BOOKABLE_SERVICES.map((service) => ({ service }))}
        data-testid="plan-capacity"
        columns={[
          { title: '业务', dataIndex: 'service', render: (s: BookableService) => SERVICE_LABELS[s] },
          {
            title: '工作日每时段名额',
            key: 'ordinary',
            render: (_: unknown, { service }) => (
              <Form.Item name={['capacity', service]} style={{ marginBottom: 0 }}>
                <InputNumber {...COUNT_INPUT} aria-label={`工作日名额 ${SERVICE_LABELS[service]}`} />
              </Form.Item>
            ),
          },
          {
            title: '特殊日期每时段名额',
            key: 'special',
            render: (_: unknown, { service }) => (
              <Form.Item name={['specialDates', 'capacity', service]} style={{ marginBottom: 0 }}>
                <InputNumber {...COUNT_INPUT} disabled={enabled === false || undefined} aria-label={`特殊日期名额 ${SERVICE_LABELS[service]}`} />
              </Form.Item>
            ),
          },
        ]}
      />
      <Form.Item label="特殊日期单独设定名额" style={{ marginBottom: 4 }}>
        <Form.Item name={['specialDates', 'enabled']} valuePropName="checked" noStyle>
          <Switch aria-label="特殊日期单独设定名额" />
        </Form.Item>
      </Form.Item>
      <Typography.Paragraph type="secondary" style={{ fontSize: '0.9em' }}>
        特殊日期：5月20日、2月14日、七夕（农历七月初七，按年计算：{year}年为{chineseDate(qixiOf(year))}，{year + 1}年为{chineseDate(qixiOf(year + 1))}
        ）。这些日期如逢非工作日则不办理；本机关调整日优先于特殊日期。
      </Typography.Paragraph>
    </>
  );
}
