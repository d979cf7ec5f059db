import { Alert, App, Button, Input, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import type { MonthlyStockReport } from '../../../../main/contract';
import { monthSpan } from '../../../../main/domain/printing/reconciliation';
import { useRouteData } from '../../api/useRouteData';
import { officeToday } from '../desk/format';
import { checkCell } from './BalancesTab';
import { exportStockReport, exportStockReportPdf } from './exportStockReport';
import { useOffice } from '../useOffice';
import { LedgerTable } from './LedgerTable';
import { BATCH_COLUMNS, chineseMonth, RANGE_COLUMNS, RECONCILIATION_COLUMNS, shiftMonth, USE_COLUMNS } from './stockFormat';

/** 月度核对: per certificate and holder, the month's opening, movements and closing, with its uses; and as Excel. */
export function ReportTab() {
  const { message } = App.useApp();
  const [month, setMonth] = useState(officeToday().slice(0, 7));
  const [typed, setTyped] = useState(month);
  const { data: report, error } = useRouteData('stockReport', { query: { month } });
  const [exporting, setExporting] = useState<'xlsx' | 'pdf' | null>(null);
  const { office } = useOffice();

  const go = (next: string) => {
    setTyped(next);
    if (monthSpan(next)) setMonth(next);
  };

  const download = async (kind: 'xlsx' | 'pdf') => {
    if (!report) return;
    setExporting(kind);
    try {
      await (kind === 'xlsx' ? exportStockReport(report) : exportStockReportPdf(report, office?.officeName ?? ''));
    } catch {
      void message.error('导出失败，请重试');
    } finally {
      setExporting(null);
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Button onClick={() => go(shiftMonth(month, -1))}>上月</Button>
        <Input aria-label="核对月份" value={typed} onChange={(e) => go(e.target.value.trim())} style={{ width: 120 }} placeholder="YYYY-MM" maxLength={7} />
        <Button onClick={() => go(shiftMonth(month, 1))}>下月</Button>
        <Typography.Text strong>{chineseMonth(month)}</Typography.Text>
        <Button type="primary" onClick={() => void download('xlsx')} disabled={!report} loading={exporting === 'xlsx'}>
          导出 Excel
        </Button>
        <Button onClick={() => void download('pdf')} disabled={!report} loading={exporting === 'pdf'}>
          导出 PDF
        </Button>
      </Space>
      {!monthSpan(typed) && <Alert type="warning" showIcon title="月份格式应为 YYYY-MM，如 2026-11" />}
      {error && <Alert type="error" showIcon title={error} />}
      {!report ? !error && <Skeleton active /> : <Report report={report} />}
    </Space>
  );
}

function Report({ report }: { report: MonthlyStockReport }) {
  const section = (title: string) => <Typography.Title level={5} style={{ margin: 0 }}>{title}</Typography.Title>;
  const bad = report.rows.filter((r) => !r.balanced).length + report.totals.filter((r) => !r.balanced).length;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {bad > 0 && <Alert type="error" showIcon title={`本月有 ${bad} 行账目不符，请核对`} />}
      {section('合计')}
      <LedgerTable columns={RECONCILIATION_COLUMNS} rows={report.totals} rowKey={(r) => r.type} testId="report-totals" empty="本月没有空白证书" cell={(t, r, text) => checkCell(t, r.balanced, text)} />
      {section('按保管')}
      <LedgerTable
        columns={RECONCILIATION_COLUMNS}
        rows={report.rows}
        rowKey={(r) => `${r.type}-${r.windowId ?? 'store'}`}
        testId="report-rows"
        empty="本月没有空白证书"
        cell={(t, r, text) => checkCell(t, r.balanced, text)}
      />
      {section(`使用明细（${report.uses.length} 张）`)}
      <LedgerTable columns={USE_COLUMNS} rows={report.uses} rowKey={(u) => u.id} testId="report-uses" empty="本月没有使用记录" />
      {section('入库批次')}
      <LedgerTable columns={BATCH_COLUMNS} rows={report.batches} rowKey={(b) => b.id} testId="report-batches" empty="本月没有入库" />
      {section('发放与交回')}
      <LedgerTable columns={RANGE_COLUMNS} rows={report.ranges} rowKey={(r) => r.id} testId="report-ranges" empty="本月没有发放或交回" />
    </Space>
  );
}
