import { Alert, Space, Tag, Typography } from 'antd';
import type { StockOverview } from '../../../../main/contract';
import { STOCK_TYPE_LABELS } from '../../../../main/domain/printing/stock';
import { LedgerTable } from './LedgerTable';
import { BALANCE_COLUMNS } from './stockFormat';

/** 核对 shows green when a row's books balance, red (and says so above) when they do not. */
export function checkCell(title: string, balanced: boolean, text: string | number) {
  if (title !== '核对') return text;
  return <Tag color={balanced ? 'green' : 'red'}>{text}</Tag>;
}

/** 结存: per certificate the office's equation, and per holder (the store, each window) its books. */
export function BalancesTab({ overview }: { overview: StockOverview }) {
  const unbalanced = [...overview.totals.filter((t) => !t.balanced), ...overview.balances.filter((b) => !b.balanced)].length;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {unbalanced > 0 && <Alert type="error" showIcon title={`有 ${unbalanced} 处账目不符：请核对入库、领用与使用记录，并报告系统管理员`} />}
      <div data-testid="stock-totals">
        {overview.totals.length === 0 && <Typography.Text type="secondary">尚无空白证书入库记录</Typography.Text>}
        {overview.totals.map((t) => (
          <div key={t.type} style={{ fontSize: '1.05em', lineHeight: 2 }}>
            <Typography.Text strong>{STOCK_TYPE_LABELS[t.type]}</Typography.Text>：入库 {t.received} = 已打印 {t.printed} + 作废/损坏/遗失 {t.spoiled} + 结存 {t.onHand}{' '}
            <Tag color={t.balanced ? 'green' : 'red'}>{t.balanced ? '相符' : '不符'}</Tag>
          </div>
        ))}
      </div>
      <Typography.Text type="secondary">每行：入库 + 领入 − 交出 = 已打印 + 作废/损坏/遗失 + 结存；结存按各号段中未使用的空白证书逐张清点。</Typography.Text>
      <LedgerTable
        columns={BALANCE_COLUMNS}
        rows={overview.balances}
        rowKey={(b) => `${b.type}-${b.windowId ?? 'store'}`}
        testId="stock-balances"
        empty="尚无空白证书入库记录"
        cell={(title, b, text) => checkCell(title, b.balanced, text)}
      />
    </Space>
  );
}
