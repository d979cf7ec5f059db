import { Button, Popconfirm, Space, Table, Tag, type TableColumnsType } from 'antd';
import type { AppointmentView } from '../../../../main/contract';
import { SERVICE_LABELS } from '../../../../main/domain';
import { chineseDate, officeToday } from '../desk/format';
import { SOURCE_COLORS, SOURCE_LABELS, STATE_COLORS, STATE_LABELS } from './labels';

export type RowAction = 'cancel' | 'move' | 'no_show';

interface AppointmentTableProps {
  readonly items: readonly AppointmentView[] | null;
  /** Show the date column (a range of days, not one day). */
  readonly withDate: boolean;
  readonly onAction: (action: RowAction, appointment: AppointmentView) => void;
}

/** Bookings, one a row: the persons by name with their masked numbers, and the actions a booked one allows. */
export function AppointmentTable({ items, withDate, onAction }: AppointmentTableProps) {
  const today = officeToday();
  const columns: TableColumnsType<AppointmentView> = [
    ...(withDate ? [{ title: '日期', dataIndex: 'date', width: 140, render: (d: string) => chineseDate(d) }] : []),
    { title: '时段', key: 'slot', width: 120, render: (_: unknown, a) => `${a.slotStart}–${a.slotEnd}` },
    { title: '业务', dataIndex: 'service', render: (_: unknown, a) => SERVICE_LABELS[a.service] },
    {
      title: '当事人',
      key: 'persons',
      render: (_: unknown, a) => (
        <Space orientation="vertical" size={0}>
          {a.persons.map((p) => (
            <span key={`${p.name}-${p.idNumberMasked}`}>
              {p.name} <span style={{ color: 'rgba(0,0,0,0.45)', fontFamily: 'Consolas, "DejaVu Sans Mono", monospace' }}>{p.idNumberMasked}</span>
            </span>
          ))}
          {a.note && <span style={{ color: 'rgba(0,0,0,0.45)', fontSize: '0.9em' }}>备注：{a.note}</span>}
        </Space>
      ),
    },
    { title: '电话', dataIndex: 'phone', render: (p: string) => p || '—' },
    { title: '来源', dataIndex: 'source', width: 80, render: (_: unknown, a) => <Tag color={SOURCE_COLORS[a.source]}>{SOURCE_LABELS[a.source]}</Tag> },
    { title: '状态', dataIndex: 'state', width: 110, render: (_: unknown, a) => <Tag color={STATE_COLORS[a.state]}>{STATE_LABELS[a.state]}</Tag> },
    { title: '号码', dataIndex: 'ticketNumber', width: 80, render: (n: string | null) => n ?? '—' },
    {
      title: '操作',
      key: 'actions',
      width: 220,
      render: (_: unknown, a) =>
        a.state === 'booked' && (
          <Space size={0} wrap>
            <Button type="link" onClick={() => onAction('move', a)}>
              改约
            </Button>
            <Button type="link" danger onClick={() => onAction('cancel', a)}>
              取消
            </Button>
            {/* Absent is only known once the day has come. */}
            {a.date <= today && (
              <Popconfirm title="确定记为未到吗？" description="多次未到将暂停其网上预约。" okText="记为未到" cancelText="取消" onConfirm={() => onAction('no_show', a)}>
                <Button type="link">记为未到</Button>
              </Popconfirm>
            )}
          </Space>
        ),
    },
  ];
  return (
    <Table<AppointmentView>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items ?? []}
      loading={items === null}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 个预约` }}
      data-testid="appointments-table"
    />
  );
}
