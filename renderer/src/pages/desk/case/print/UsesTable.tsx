import { Button, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { chineseDateTime } from '../../format';
import { printableKey, printableOfUse, printableTitle, reprintOf, type CasePrints, type Printable, type PrintUse } from './printables';

interface UsesTableProps {
  readonly prints: CasePrints;
  readonly busy: string | null;
  readonly onVoid: (use: PrintUse, what: string) => void;
  readonly onReprint: (p: Printable) => void;
}

/** The blanks the case has used: each certificate printed on one, or voided (作废) with its reason. */
export function UsesTable({ prints, busy, onVoid, onReprint }: UsesTableProps) {
  const whatOf = (u: PrintUse) => {
    const p = printableOfUse(prints, u);
    return p ? printableTitle(p) : (u.document ?? '—');
  };
  return (
    <Table<PrintUse>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={prints.uses}
      data-testid="print-uses"
      locale={{ emptyText: '尚未打印证书' }}
      columns={[
        { title: '印制号', dataIndex: 'serial', render: (s: string) => <Typography.Text code>{s}</Typography.Text> },
        { title: '证书', key: 'what', render: (_, u) => whatOf(u) },
        { title: '打印人', dataIndex: 'usedBy' },
        { title: '打印时间', dataIndex: 'usedAt', render: (at: string) => chineseDateTime(at) },
        { title: '打印机', dataIndex: 'printer', render: (name: string | null) => name ?? '—' },
        {
          title: '状态',
          key: 'outcome',
          render: (_, u) =>
            u.outcome === 'printed' ? (
              <Tag color="green">已打印</Tag>
            ) : (
              <Tooltip title={u.note ? `作废原因：${u.note}` : undefined}>
                <Tag color="red">已作废</Tag>
                {u.note && <Typography.Text type="secondary">{u.note}</Typography.Text>}
              </Tooltip>
            ),
        },
        {
          title: '操作',
          key: 'actions',
          render: (_, u) => {
            // 重打 on the latest void of a copy the case still lists, while its holder has no certificate in hand.
            const p = reprintOf(prints, u);
            return (
              <Space size="small">
                {u.outcome === 'printed' && (
                  <Button size="small" danger onClick={() => onVoid(u, whatOf(u))}>作废</Button>
                )}
                {p && (
                  <Button size="small" type="primary" loading={busy === printableKey(p)} disabled={busy !== null && busy !== printableKey(p)} onClick={() => onReprint(p)}>
                    重打
                  </Button>
                )}
              </Space>
            );
          },
        },
      ]}
    />
  );
}
