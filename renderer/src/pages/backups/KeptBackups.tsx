import { Button, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { BackupRunView } from '../../../../main/contract';
import { chineseDateTime } from '../desk/format';
import { TRIGGER_LABELS, shortHash, sizeText } from './backupLabels';

/** The good backups kept, newest first, each with its restore drill. */
export function KeptBackups({ kept, drilling, onDrill }: { kept: readonly BackupRunView[]; drilling: number | null; onDrill: (run: BackupRunView) => void }) {
  const columns: TableColumnsType<BackupRunView> = [
    { title: '备份时间', dataIndex: 'finishedAt', render: (at: string) => chineseDateTime(at) },
    { title: '方式', dataIndex: 'trigger', render: (t: BackupRunView['trigger']) => TRIGGER_LABELS[t] },
    { title: '文件', dataIndex: 'fileName', render: (name: string, r) => <span title={r.folder}>{name}</span> },
    { title: '大小', dataIndex: 'size', render: (size: number | null) => sizeText(size) },
    { title: '完整性', dataIndex: 'integrity', render: (v: string | null) => <Tag color={v === 'ok' ? 'green' : 'red'}>{v === 'ok' ? '通过' : (v ?? '—')}</Tag> },
    { title: 'SHA-256', dataIndex: 'sha256', render: (h: string | null) => <Typography.Text code title={h ?? ''}>{shortHash(h)}</Typography.Text> },
    { title: '档案文件', key: 'archive', render: (_: unknown, r) => `${r.archiveFiles} 个（新复制 ${r.archiveCopied}）` },
    {
      title: '操作',
      key: 'actions',
      render: (_: unknown, r) =>
        r.present ? (
          <Button onClick={() => onDrill(r)} loading={drilling === r.id} disabled={drilling !== null && drilling !== r.id}>
            恢复演练
          </Button>
        ) : (
          <Tag color="orange">文件不在（备份盘未接好？）</Tag>
        ),
    },
  ];
  return (
    <Table
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...kept]}
      pagination={false}
      locale={{ emptyText: '还没有备份' }}
      data-testid="kept-backups"
      scroll={{ x: true }}
    />
  );
}
