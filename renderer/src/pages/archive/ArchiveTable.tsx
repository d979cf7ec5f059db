import { Space, Table, Tag, type TableColumnsType } from 'antd';
import type { ArchiveHit } from '../../../../main/contract';
import { CASE_KIND_LABELS } from '../../../../main/domain/case-labels';
import { navigate } from '../../shell/hashRoute';
import { chineseDate } from '../desk/format';
import { STATUS_COLORS } from '../desk/labels';
import { ID_NUMBER_STYLE } from '../desk/party/PartyFields';

const columns: TableColumnsType<ArchiveHit> = [
  { title: '登记日期', dataIndex: 'registeredOn', width: 140, render: (d: string) => chineseDate(d) },
  { title: '类别', dataIndex: 'kind', width: 110, render: (kind: ArchiveHit['kind']) => CASE_KIND_LABELS[kind] },
  {
    title: '当事人',
    key: 'parties',
    render: (_: unknown, h) =>
      h.parties.map((p, i) => (
        <div key={i}>
          <strong style={{ display: 'inline-block', minWidth: 64 }}>{p.name}</strong>{' '}
          <span style={{ ...ID_NUMBER_STYLE, color: 'rgba(0,0,0,0.55)' }}>{p.idNumberMasked || '（无证件号码）'}</span>
        </div>
      )),
  },
  {
    title: '证书编号',
    dataIndex: 'certificateNumber',
    render: (n: string | null, h) => (
      <Space size={4} wrap>
        {n ? <span style={ID_NUMBER_STYLE}>{n}</span> : '—'}
        {h.backEntry && <Tag color="purple">补录</Tag>}
      </Space>
    ),
  },
  { title: '登记机关', key: 'office', width: 200, render: (_: unknown, h) => h.officeText ?? h.officeCode },
  { title: '状态', dataIndex: 'statusLabel', width: 110, render: (label: string, h) => <Tag color={STATUS_COLORS[h.status] ?? 'default'}>{label}</Tag> },
];

/** One page of the archive: a row opens its case, by mouse or by Enter on the focused row. */
export function ArchiveTable({ hits, loading }: { hits: readonly ArchiveHit[]; loading: boolean }) {
  return (
    <Table<ArchiveHit>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...hits]}
      loading={loading}
      pagination={false}
      locale={{ emptyText: '未找到符合条件的登记档案' }}
      data-testid="archive-results"
      onRow={(h) => ({
        tabIndex: 0,
        style: { cursor: 'pointer' },
        onClick: () => navigate(`cases/${h.id}`),
        onKeyDown: (e) => {
          if (e.key === 'Enter') navigate(`cases/${h.id}`);
        },
      })}
    />
  );
}
