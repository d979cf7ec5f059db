import { Alert, Button, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { WindowView } from '../../../../main/contract';
import { ServiceTag } from '../queue/ticketFacts';
import { useQueueState } from '../queue/useQueueState';
import { WindowModal } from './WindowModal';

type Dialog = { editing: WindowView | null } | null;

/** 窗口: the hall's windows, which services each calls, and who has it open now. */
export function WindowsTab() {
  const { state, error, reload } = useQueueState();
  const [dialog, setDialog] = useState<Dialog>(null);
  const windows = state?.windows ?? [];
  const nextNumber = Math.min(99, Math.max(0, ...windows.map((w) => w.number)) + 1);

  const columns: TableColumnsType<WindowView> = [
    { title: '编号', dataIndex: 'number', width: 80, render: (n: number) => <Typography.Text strong>{n} 号</Typography.Text> },
    { title: '名称', dataIndex: 'name' },
    {
      title: '可办业务',
      dataIndex: 'services',
      render: (_: unknown, w) => (
        <Space size={[4, 4]} wrap>
          {w.services.map((s) => (
            <ServiceTag key={s} service={s} />
          ))}
        </Space>
      ),
    },
    { title: '状态', dataIndex: 'active', width: 90, render: (active: boolean) => (active ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>) },
    {
      title: '开窗',
      key: 'open',
      render: (_: unknown, w) => (w.openBy ? `${w.openBy.displayName}${w.current ? `（当前 ${w.current.number}）` : ''}` : <Typography.Text type="secondary">未开窗</Typography.Text>),
    },
    {
      title: '操作',
      key: 'actions',
      width: 90,
      render: (_: unknown, w) => (
        <Button type="link" onClick={() => setDialog({ editing: w })}>
          编辑
        </Button>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {error && <Alert type="error" showIcon title={error} />}
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography.Text type="secondary">每个窗口只叫其可办业务的号；颁证仪式的号由结婚登记窗口转出。</Typography.Text>
        <Button type="primary" onClick={() => setDialog({ editing: null })}>
          新增窗口
        </Button>
      </div>
      <Table<WindowView> rowKey="id" columns={columns} dataSource={windows} loading={!state && !error} pagination={false} data-testid="windows-table" locale={{ emptyText: '尚未设置窗口' }} />
      {dialog && (
        <WindowModal
          editing={dialog.editing}
          nextNumber={nextNumber}
          onClose={() => {
            setDialog(null);
            void reload();
          }}
        />
      )}
    </Space>
  );
}
