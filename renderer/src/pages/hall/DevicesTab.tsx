import { Alert, App, Button, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import type { DeviceCreated, DeviceView } from '../../../../main/contract';
import { DEVICE_KIND_LABELS } from '../../../../main/domain';
import { call, errorMessage } from '../../api/client';
import { chineseDateTime } from '../desk/format';
import { AddDeviceModal } from './AddDeviceModal';
import { DeviceTokenModal } from './DeviceTokenModal';

type Dialog = { kind: 'add' } | { kind: 'token'; created: z.infer<typeof DeviceCreated> } | null;

/** 'tcp:…' → 网络打印机 …: the kiosk's printer as the manager set it. */
function printerText(device: DeviceView): string {
  if (device.kind !== 'kiosk') return '—';
  if (device.printer === '') return '浏览器打印';
  const [kind, ...rest] = device.printer.split(':');
  const target = rest.join(':');
  return { tcp: `网络打印机 ${target}`, file: `设备文件 ${target}` }[kind ?? ''] ?? device.printer;
}

/** 设备: the hall's kiosks and display boards, each signed in with a token of its own that can be revoked. */
export function DevicesTab() {
  const { message } = App.useApp();
  const [devices, setDevices] = useState<DeviceView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);

  const load = useCallback(async () => {
    try {
      setDevices((await call('listDevices')).items);
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const revoke = async (device: DeviceView) => {
    try {
      await call('revokeDevice', { params: { id: device.id } });
      void message.success(`已停用“${device.name}”`);
    } catch (failure) {
      void message.error(errorMessage(failure));
    } finally {
      void load();
    }
  };

  const columns: TableColumnsType<DeviceView> = [
    { title: '类型', dataIndex: 'kind', width: 120, render: (_: unknown, d) => DEVICE_KIND_LABELS[d.kind] },
    { title: '名称', dataIndex: 'name' },
    { title: '号票打印', key: 'printer', render: (_: unknown, d) => printerText(d) },
    { title: '登记', key: 'created', render: (_: unknown, d) => `${chineseDateTime(d.createdAt)}（${d.createdBy}）` },
    { title: '最近在线', dataIndex: 'lastSeenAt', render: (at: string | null) => (at ? chineseDateTime(at) : <Typography.Text type="secondary">尚未配对</Typography.Text>) },
    { title: '状态', dataIndex: 'revoked', width: 90, render: (revoked: boolean) => (revoked ? <Tag>已停用</Tag> : <Tag color="green">有效</Tag>) },
    {
      title: '操作',
      key: 'actions',
      width: 90,
      render: (_: unknown, d) =>
        !d.revoked && (
          <Popconfirm
            title={`停用“${d.name}”？`}
            description="停用后该设备立即失去访问权限，须重新登记才能再用。"
            okText="停用"
            okButtonProps={{ danger: true }}
            cancelText="取消"
            onConfirm={() => revoke(d)}
          >
            <Button type="link" danger>
              停用
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {error && <Alert type="error" showIcon title={error} />}
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography.Text type="secondary">自助取号机与叫号显示屏凭各自的令牌接入，只能使用其本身的页面。</Typography.Text>
        <Button type="primary" onClick={() => setDialog({ kind: 'add' })}>
          登记设备
        </Button>
      </div>
      <Table<DeviceView> rowKey="id" columns={columns} dataSource={devices ?? []} loading={devices === null && !error} pagination={false} data-testid="devices-table" locale={{ emptyText: '尚未登记设备' }} />
      {dialog?.kind === 'add' && (
        <AddDeviceModal
          onAdded={(created) => {
            setDialog({ kind: 'token', created });
            void load();
          }}
          onClose={() => setDialog((d) => (d?.kind === 'add' ? null : d))}
        />
      )}
      {dialog?.kind === 'token' && <DeviceTokenModal created={dialog.created} onClose={() => setDialog(null)} />}
    </Space>
  );
}
