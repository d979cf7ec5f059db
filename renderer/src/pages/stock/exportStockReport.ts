import writeXlsxFile, { type Row, type Sheet } from 'write-excel-file/browser';
import type { MonthlyStockReport } from '../../../../main/contract';
import { saveBase64File } from '../../api/base64';
import { call } from '../../api/client';
import { BATCH_COLUMNS, chineseMonth, RANGE_COLUMNS, RECONCILIATION_COLUMNS, USE_COLUMNS, type Column } from './stockFormat';

const HEADER = { fontWeight: 'bold', backgroundColor: '#f0f0f0' } as const;

interface ReportTable<T> {
  readonly name: string;
  readonly columns: readonly Column<T>[];
  readonly rows: readonly T[];
}

/** The report's tables in the page's order: the Excel file and the PDF are made from this one list. */
function reportTables(report: MonthlyStockReport): ReportTable<never>[] {
  const tables = [
    { name: '合计', columns: RECONCILIATION_COLUMNS, rows: report.totals },
    { name: '按保管', columns: RECONCILIATION_COLUMNS, rows: report.rows },
    { name: '入库批次', columns: BATCH_COLUMNS, rows: report.batches },
    { name: '发放与交回', columns: RANGE_COLUMNS, rows: report.ranges },
    { name: '使用明细', columns: USE_COLUMNS, rows: report.uses },
  ];
  return tables as unknown as ReportTable<never>[];
}

function sheet<T>({ name, columns, rows }: ReportTable<T>): Sheet<Blob> {
  return {
    sheet: name,
    data: [columns.map((c): Row[number] => ({ value: c.title, ...HEADER })), ...rows.map((r): Row => columns.map((c) => c.value(r)))],
    columns: columns.map((c) => ({ width: c.numeric ? 10 : 22 })),
  };
}

const fileName = (report: MonthlyStockReport, ext: string) => `空白证书月度核对_${chineseMonth(report.month)}.${ext}`;

/** The monthly reconciliation as the page shows it, one sheet per table, Chinese headers; built and saved in the browser. */
export async function exportStockReport(report: MonthlyStockReport): Promise<void> {
  await writeXlsxFile(reportTables(report).map(sheet)).toFile(fileName(report, 'xlsx'));
}

/** The same tables as an A4 PDF set by the host in the office's font, for signing and filing. */
export async function exportStockReportPdf(report: MonthlyStockReport, officeName: string): Promise<void> {
  const tables = reportTables(report).map(({ name, columns, rows }) => ({
    name,
    columns: columns.map((c) => c.title),
    numeric: columns.map((c) => c.numeric ?? false),
    rows: rows.map((r) => columns.map((c) => c.value(r))),
  }));
  const out = await call('tablePdf', { body: { title: `空白证书月度核对 · ${chineseMonth(report.month)}`, subtitle: `${officeName} · ${report.first} 至 ${report.last}`, tables } });
  saveBase64File(out.pdfBase64, fileName(report, 'pdf'), 'application/pdf');
}
