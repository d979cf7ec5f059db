import { App, Button, Popconfirm, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { UploadStatusView } from '../../../../main/contract';
import { call, errorMessage } from '../../api/client';
import { caseHref } from '../../shell/hashRoute';
import { AcknowledgeModal } from './AcknowledgeModal';
import { recordKindLabel, type Rejection } from './uploadLabels';

/**
 * The records the province refused on their merits, parked until the manager acts: 重新上传 once
 * the cause is fixed (at the province or by correcting the case), or 确认知悉 with a note.
 */
export function RejectionsTable({ rejections, onChanged }: { rejections: readonly Rejection[]; onChanged: (status: UploadStatusView) => void }) {
  const { message } = App.useApp();
  const [acknowledging, setAcknowledging] = useState<Rejection | null>(null);
  const [retrying, setRetrying] = useState<number | null>(null);

  const retry = async (rejection: Rejection) => {
    setRetrying(rejection.id);
    try {
      onChanged(await call('actOnRejection', { params: { id: rejection.id }, body: { action: 'retry' } }));
      void message.success('已重新排入上传队列');
    } catch (failure) {
      void message.error(errorMessage(failure));
    } finally {
      setRetrying(null);
    }
  };

  const columns: TableColumnsType<Rejection> = [
    { title: '记录类型', dataIndex: 'kind', render: (kind: string, r) => `${recordKindLabel(kind)}${r.revision > 1 ? `（第 ${r.revision} 版）` : ''}` },
    { title: '证书编号', dataIndex: 'certificateNumber', render: (n: string | null) => n ?? '—' },
    { title: '退回代码', dataIndex: 'code', render: (code: string) => <Typography.Text code>{code}</Typography.Text> },
    { title: '退回原因', dataIndex: 'message' },
    {
      title: '案件',
      dataIndex: 'caseId',
      render: (id: number | null) => (id === null ? '—' : <a href={caseHref(id)}>案件 {id}</a>),
    },
    {
      title: '操作',
      key: 'actions',
      render: (_: unknown, r) => (
        <Space size={0} wrap>
          <Popconfirm
            title="重新上传这条记录？"
            description="请先确认退回的原因已在省级平台或案件中更正。"
            okText="重新上传"
            cancelText="取消"
            onConfirm={() => retry(r)}
          >
            <Button type="link" loading={retrying === r.id}>
              重新上传
            </Button>
          </Popconfirm>
          <Button type="link" onClick={() => setAcknowledging(r)}>
            确认知悉
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      <Table<Rejection>
        rowKey="id"
        columns={columns}
        dataSource={[...rejections]}
        locale={{ emptyText: '没有被退回的记录' }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 条` }}
        data-testid="rejections-table"
      />
      {acknowledging && <AcknowledgeModal rejection={acknowledging} onDone={onChanged} onClose={() => setAcknowledging(null)} />}
    </>
  );
}
