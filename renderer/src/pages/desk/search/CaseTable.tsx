import { Table, Tag, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import type { CaseSummary } from '../../../../../main/contract';
import { CASE_KIND_LABELS } from '../../../../../main/domain/case-labels';
import { navigate } from '../../../shell/hashRoute';
import { chineseDate, chineseDateWithWeekday } from '../format';
import { STATUS_COLORS } from '../labels';
import { ID_NUMBER_STYLE } from '../party/PartyFields';

type Columns = TableColumnsType<CaseSummary>;

const dateOrDash = (d: string | null) => (d ? chineseDateWithWeekday(d) : '—');

const head: Columns = [
  { title: '案件', dataIndex: 'id', width: 72, render: (id: number) => `#${id}` },
  { title: '类型', dataIndex: 'kind', width: 96, render: (kind: CaseSummary['kind']) => CASE_KIND_LABELS[kind] },
  {
    title: '当事人',
    key: 'parties',
    render: (_: unknown, c) =>
      c.parties.map((p) => (
        <div key={p.idNumberMasked + p.name}>
          <strong style={{ display: 'inline-block', minWidth: 56 }}>{p.name}</strong> <span style={{ ...ID_NUMBER_STYLE, color: 'rgba(0,0,0,0.55)' }}>{p.idNumberMasked}</span>
        </div>
      )),
  },
  { title: '状态', dataIndex: 'statusLabel', width: 100, render: (label: string, c) => <Tag color={STATUS_COLORS[c.status] ?? 'default'}>{label}</Tag> },
];

const records: Columns = [
  { title: '证书编号', dataIndex: 'certificateNumber', render: (n: string | null) => (n ? <span style={ID_NUMBER_STYLE}>{n}</span> : '—') },
  { title: '受理日期', dataIndex: 'acceptedOn', width: 132, render: (d: string | null) => chineseDate(d) },
  { title: '登记日期', dataIndex: 'registeredOn', width: 132, render: (d: string | null) => chineseDate(d) },
];

interface CaseTableProps {
  readonly cases: readonly CaseSummary[];
  readonly loading?: boolean;
  readonly empty?: string;
  readonly testId?: string;
  /** For a worklist of open cases: the date that matters (a period's last day) instead of the certificate columns. */
  readonly deadline?: { readonly title: string; readonly date: (c: CaseSummary) => string | null };
  /** One more column for a row's own action (a manager's review): its clicks do not open the case. */
  readonly action?: { readonly title: string; readonly render: (c: CaseSummary) => ReactNode };
}

/** Cases found or listed; a row opens its case, by mouse or by Enter on the focused row. */
export function CaseTable({ cases, loading, empty, testId, deadline, action }: CaseTableProps) {
  const columns: Columns = [...head];
  if (deadline) {
    columns.push({ title: '受理日期', dataIndex: 'acceptedOn', width: 132, render: (d: string | null) => chineseDate(d) });
    columns.push({ title: deadline.title, key: 'deadline', width: 190, render: (_: unknown, c) => <strong>{dateOrDash(deadline.date(c))}</strong> });
  } else if (!action) columns.push(...records);
  if (action) {
    const stop = (e: { stopPropagation: () => void }) => e.stopPropagation();
    columns.push({ title: action.title, key: 'action', width: 120, render: (_: unknown, c) => <span onClick={stop} onKeyDown={stop}>{action.render(c)}</span> });
  }
  return (
    <Table<CaseSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...cases]}
      loading={loading}
      pagination={cases.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={{ emptyText: empty ?? '无' }}
      data-testid={testId}
      onRow={(c) => ({
        tabIndex: 0,
        style: { cursor: 'pointer' },
        onClick: () => navigate(`cases/${c.id}`),
        onKeyDown: (e) => {
          if (e.key === 'Enter') navigate(`cases/${c.id}`);
        },
      })}
    />
  );
}
