import { Table, type TableColumnsType } from 'antd';
import type { RegistryFigures } from '../../../../main/contract';
import { figureText, periodLabel, type FigureTable } from './registryFormat';

/** One table of figures: a row per period and the total last, in bold. */
export function FigureTableView({ table, rows, first }: { table: FigureTable; rows: readonly RegistryFigures[]; first: string }) {
  const columns: TableColumnsType<RegistryFigures> = [
    { title: first, dataIndex: 'key', fixed: 'left', render: (key: string) => (key === 'total' ? <strong>合计</strong> : periodLabel(key)) },
    ...table.columns.map((c, i) => ({
      title: c.title,
      key: String(i),
      align: 'right' as const,
      render: (_: unknown, r: RegistryFigures) => {
        const text = figureText(c.value(r), c.decimal);
        return r.key === 'total' ? <strong>{text}</strong> : text;
      },
    })),
  ];
  return (
    <Table<RegistryFigures>
      rowKey="key"
      size="small"
      bordered
      pagination={false}
      columns={columns}
      dataSource={[...rows]}
      // A year by month fits; a quarter by day scrolls inside the table, its header kept.
      scroll={{ x: 'max-content', ...(rows.length > 40 ? { y: 480 } : {}) }}
      data-testid={`registry-${table.key}`}
    />
  );
}
