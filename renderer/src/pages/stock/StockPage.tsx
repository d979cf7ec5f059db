import { Alert, App, Button, Popconfirm, Skeleton, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import type { StockRangeView, StockUseView } from '../../../../main/contract';
import { call, errorMessage } from '../../api/client';
import { useRouteData } from '../../api/useRouteData';
import { DeskPage } from '../desk/DeskPage';
import { AssignModal } from './AssignModal';
import { BalancesTab } from './BalancesTab';
import { LedgerTable } from './LedgerTable';
import { ReceiveModal } from './ReceiveModal';
import { ReportTab } from './ReportTab';
import { SpoilModal } from './SpoilModal';
import { BATCH_COLUMNS, RANGE_COLUMNS, USE_COLUMNS } from './stockFormat';
import { VoidModal } from './VoidModal';

type Dialog = { kind: 'receive' } | { kind: 'assign' } | { kind: 'spoil' } | { kind: 'void'; use: StockUseView } | null;

/** 空白证书管理 (manager): the office's controlled blank certificates, from the printing works to each print. */
export function StockPage() {
  const { message } = App.useApp();
  const { data: overview, error, reload } = useRouteData('stockOverview');
  const [dialog, setDialog] = useState<Dialog>(null);

  const giveBack = async (range: StockRangeView) => {
    try {
      const back = await call('stockReturn', { params: { id: range.id } });
      void message.success(`${back.holder}已交回 ${range.fromLabel}–${range.toLabel} 中未用的 ${range.onHand} 本`);
    } catch (failure) {
      void message.error(errorMessage(failure));
    }
    await reload();
  };

  const close = () => {
    setDialog(null);
    void reload();
  };

  return (
    <DeskPage
      title="空白证书管理"
      subtitle="入库、向窗口发放与交回、损坏遗失登记、月度核对：入库数 = 已打印 + 作废/损坏/遗失 + 结存"
      extra={
        <Space>
          <Button type="primary" onClick={() => setDialog({ kind: 'receive' })}>入库</Button>
          <Button onClick={() => setDialog({ kind: 'assign' })} disabled={!overview}>发放到窗口</Button>
          <Button onClick={() => setDialog({ kind: 'spoil' })} disabled={!overview}>登记损坏/遗失</Button>
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={error} />}
      {!overview ? (
        !error && <Skeleton active />
      ) : (
        <Tabs
          items={[
            { key: 'balances', label: '结存', children: <BalancesTab overview={overview} /> },
            {
              key: 'batches',
              label: '入库批次',
              children: <LedgerTable columns={BATCH_COLUMNS} rows={overview.batches} rowKey={(b) => b.id} testId="stock-batches" empty="尚无入库记录" />,
            },
            {
              key: 'ranges',
              label: '窗口领用',
              children: (
                <LedgerTable
                  columns={RANGE_COLUMNS}
                  rows={overview.ranges}
                  rowKey={(r) => r.id}
                  testId="stock-ranges"
                  empty="尚未向窗口发放"
                  actions={{
                    title: '操作',
                    render: (r) =>
                      r.returnedAt === null && (
                        <Popconfirm title={`${r.holder}交回 ${r.fromLabel}–${r.toLabel} 中未用的 ${r.onHand} 本？`} okText="交回" cancelText="取消" onConfirm={() => giveBack(r)}>
                          <Button type="link">交回库存</Button>
                        </Popconfirm>
                      ),
                  }}
                />
              ),
            },
            {
              key: 'uses',
              label: '使用记录',
              children: (
                <Space orientation="vertical" style={{ width: '100%' }}>
                  <Typography.Text type="secondary">最近 {overview.recentUses.length} 条；整月的记录见「月度核对」。</Typography.Text>
                  <LedgerTable
                    columns={USE_COLUMNS}
                    rows={overview.recentUses}
                    rowKey={(u) => u.id}
                    testId="stock-uses"
                    empty="尚无使用记录"
                    actions={{
                      title: '操作',
                      render: (u) => u.outcome === 'printed' && <Button type="link" onClick={() => setDialog({ kind: 'void', use: u })}>作废</Button>,
                    }}
                  />
                </Space>
              ),
            },
            { key: 'report', label: '月度核对', children: <ReportTab /> },
          ]}
        />
      )}
      {dialog?.kind === 'receive' && <ReceiveModal onClose={close} />}
      {dialog?.kind === 'assign' && overview && <AssignModal overview={overview} onClose={close} />}
      {dialog?.kind === 'spoil' && overview && <SpoilModal overview={overview} onClose={close} />}
      {dialog?.kind === 'void' && <VoidModal use={dialog.use} onClose={close} />}
    </DeskPage>
  );
}
