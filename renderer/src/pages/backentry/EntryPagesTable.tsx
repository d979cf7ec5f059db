import { Button, Table, Tooltip } from 'antd';
import type { EntryPageView } from '../../../../main/contract/double-entry';
import { chineseDateTime } from '../desk/format';

/**
 * Pages in double entry, by what was typed on them never: waiting for a second clerk (who may not
 * be the first), or disputed and waiting for a manager (who may be neither of the two).
 */
export function EntryPagesTable({ pages, me, kind, onPick }: {
  pages: readonly EntryPageView[] | null;
  me: string;
  kind: 'awaiting_second' | 'disputed';
  onPick: (page: EntryPageView) => void;
}) {
  const mine = (p: EntryPageView) => p.firstBy === me || p.secondBy === me;
  return (
    <Table<EntryPageView> size="small" rowKey="id" loading={pages === null} dataSource={pages ? [...pages] : []} pagination={{ pageSize: 10, showSizeChanger: false }}
      data-testid={`entry-pages-${kind}`}
      locale={{ emptyText: kind === 'awaiting_second' ? '没有待第二人录入的档案页' : '没有待核对的档案页' }}
      columns={[
        { title: '档案页号', dataIndex: 'pageRef' },
        { title: '扫描件', dataIndex: 'scanName' },
        { title: '第一次录入', key: 'first', render: (_: unknown, p) => `${p.firstName}（${chineseDateTime(p.firstAt)}）` },
        ...(kind === 'disputed' ? [{ title: '第二次录入', key: 'second', render: (_: unknown, p: EntryPageView) => (p.secondAt ? `${p.secondName}（${chineseDateTime(p.secondAt)}）` : '—') }] : []),
        {
          title: '',
          key: 'action',
          width: 120,
          render: (_: unknown, p) => {
            const label = kind === 'awaiting_second' ? '录入此页' : '核对';
            const why = kind === 'awaiting_second' ? '此页的第一次录入是您做的，须由另一位登记员录入' : '您是此页的录入人之一，须由其他主管核对';
            return mine(p) ? (
              <Tooltip title={why}><Button size="small" disabled>{label}</Button></Tooltip>
            ) : (
              <Button size="small" type="primary" onClick={() => onPick(p)}>{label}</Button>
            );
          },
        },
      ]} />
  );
}
