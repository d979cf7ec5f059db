import writeXlsxFile, { type Row, type Sheet } from 'write-excel-file/node';
import { BACK_ENTRY_FIELD_LABELS, isBackEntryField } from '../../domain/backentry/record';
import { isRuleCode, RULES } from '../../domain/rule-codes';
import type { DryRunSummary } from './dry-run';

const HEADER = { fontWeight: 'bold', backgroundColor: '#f0f0f0' } as const;
const SEVERITY_LABELS = { error: '错误（不导入）', warning: '警告（仍导入）' } as const;

function headerRow(titles: readonly string[]): Row {
  return titles.map((value) => ({ value, ...HEADER }));
}

function fieldLabel(field: string): string {
  return isBackEntryField(field) ? BACK_ENTRY_FIELD_LABELS[field] : field;
}

/**
 * The dry run's error report as an Excel workbook in Chinese: 问题清单 (row, column, field, code,
 * severity, message: what to fix before importing again) and 汇总 (the counts).
 */
export async function dryRunReport(summary: DryRunSummary, fileName: string): Promise<Buffer> {
  const problems: Row[] = [
    headerRow(['行号', '列', '字段', '代码', '级别', '说明']),
    ...summary.problems.map((p): Row => [p.row, p.column ?? '（默认值或未对应）', fieldLabel(p.field), p.code, SEVERITY_LABELS[p.severity], p.message]),
  ];
  if (summary.problems.length < summary.problemsTotal) {
    problems.push([`另有 ${summary.problemsTotal - summary.problems.length} 个问题未列出：请先改正以上问题后再次检查`]);
  }
  const totals: Row[] = [
    headerRow(['项目', '行数']),
    ['文件', fileName],
    ['数据行', summary.rowsTotal],
    ['可导入', summary.accepted],
    ['其中带警告', summary.flagged],
    ['数据库中已有（跳过）', summary.skipped],
    ['有错误（不导入）', summary.refused],
    [],
    headerRow(['代码', '说明', '次数']),
    ...Object.entries(summary.counts)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, n]): Row => [code, isRuleCode(code) ? RULES[code].message : code, n]),
  ];
  const sheets: Sheet<Buffer>[] = [
    { sheet: '问题清单', data: problems, columns: [{ width: 8 }, { width: 16 }, { width: 16 }, { width: 26 }, { width: 14 }, { width: 80 }] },
    { sheet: '汇总', data: totals, columns: [{ width: 26 }, { width: 60 }, { width: 10 }] },
  ];
  return writeXlsxFile(sheets).toBuffer();
}

/** The report's file name beside a sheet: 登记簿1996.xlsx → 登记簿1996.错误报告.xlsx. */
export function reportFileName(sheetName: string): string {
  return `${sheetName.replace(/\.[^.]+$/, '')}.错误报告.xlsx`;
}
