import { Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import type { Column } from './stockFormat';

interface LedgerTableProps<T> {
  readonly columns: readonly Column<T>[];
  readonly rows: readonly T[];
  readonly rowKey: (row: T) => string | number;
  readonly testId: string;
  readonly empty: string;
  /** A last column of buttons (交回, 作废). */
  readonly actions?: { readonly title: string; readonly render: (row: T) => ReactNode };
  /** How a cell shows, where it is more than its text (the balance check). */
  readonly cell?: (title: string, row: T, text: string | number) => ReactNode;
}

/** One of the ledger's tables, from the same columns the Excel file is written with. */
export function LedgerTable<T extends object>({ columns, rows, rowKey, testId, empty, actions, cell }: LedgerTableProps<T>) {
  const shown: TableColumnsType<T> = columns.map((c) => ({
    title: c.title,
    key: c.title,
    align: c.numeric ? ('right' as const) : undefined,
    render: (_: unknown, row: T) => (cell ? cell(c.title, row, c.value(row)) : c.value(row)),
  }));
  if (actions) shown.push({ title: actions.title, key: 'actions', render: (_: unknown, row: T) => actions.render(row) });
  return (
    <Table<T>
      rowKey={rowKey}
      size="small"
      bordered
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      columns={shown}
      dataSource={[...rows]}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: empty }}
      data-testid={testId}
    />
  );
}
