import { Button, Space, Table, Tag, Typography } from 'antd';
import { STOCK_TYPE_LABELS } from '../../../../../../main/domain/printing/stock';
import { printableKey, printableTitle, printedUse, wasVoided, type CasePrints, type Printable } from './printables';

interface PrintablesTableProps {
  readonly prints: CasePrints;
  readonly busy: string | null;
  readonly onPreview: (p: Printable) => void;
  readonly onPrint: (p: Printable) => void;
}

/** Where a certificate stands: in hand (its serial), voided and waiting for its reprint, or not printed yet. */
function CertificateState({ prints, p }: { prints: CasePrints; p: Printable }) {
  if (p.stock === null) return <Typography.Text type="secondary">A4 纸</Typography.Text>;
  const use = printedUse(prints, p);
  if (use) return <Tag color="green">已打印 · 印制号 {use.serial}</Tag>;
  if (wasVoided(prints, p)) return <Tag color="orange">已作废，待重打</Tag>;
  return <Tag>未打印</Tag>;
}

/** The documents the case may print now: each previewed or printed; a certificate in hand is voided before a reprint. */
export function PrintablesTable({ prints, busy, onPreview, onPrint }: PrintablesTableProps) {
  return (
    <Table<Printable>
      size="small"
      rowKey={printableKey}
      pagination={false}
      dataSource={prints.printables}
      data-testid="printables"
      locale={{ emptyText: '案件当前状态没有可打印的证书或表格' }}
      columns={[
        { title: '证书或表格', key: 'title', render: (_, p) => <Typography.Text strong={p.stock !== null}>{printableTitle(p)}</Typography.Text> },
        { title: '用纸', key: 'paper', render: (_, p) => (p.stock ? `${STOCK_TYPE_LABELS[p.stock]}空白证书` : 'A4') },
        { title: '状态', key: 'state', render: (_, p) => <CertificateState prints={prints} p={p} /> },
        {
          title: '操作',
          key: 'actions',
          render: (_, p) => {
            const inHand = p.stock !== null && printedUse(prints, p) !== null;
            return (
              <Space size="small">
                <Button size="small" onClick={() => onPreview(p)}>预览</Button>
                {!inHand && (
                  <Button size="small" type={p.stock ? 'primary' : 'default'} loading={busy === printableKey(p)} disabled={busy !== null && busy !== printableKey(p)} onClick={() => onPrint(p)}>
                    {wasVoided(prints, p) ? '重打' : '打印'}
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
