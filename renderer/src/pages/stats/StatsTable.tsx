import { Table, type TableColumnsType } from 'antd';
import { STAT_COLUMNS, type StatsRow } from './statsFormat';

/** One breakdown (per service, window, registrar or day): counts, then times in minutes. */
export function StatsTable({ rows, first, testId }: { rows: readonly StatsRow[]; first: string; testId: string }) {
  const columns: TableColumnsType<StatsRow> = [
    { title: first, dataIndex: 'label', fixed: 'left' },
    ...STAT_COLUMNS.map((c, i) => ({
      title: c.title,
      key: String(i),
      align: 'right' as const,
      render: (_: unknown, r: StatsRow) => {
        const v = c.value(r);
        // Counts are whole; times keep their one decimal even when round (3.0 分钟).
        return v === null ? '—' : i < 3 ? v : v.toFixed(1);
      },
    })),
  ];
  return (
    <Table<StatsRow>
      rowKey="key"
      size="small"
      bordered
      pagination={false}
      columns={columns}
      dataSource={[...rows]}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: '所选期间没有数据' }}
      data-testid={testId}
    />
  );
}
