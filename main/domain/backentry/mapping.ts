import { BACK_ENTRY_FIELD_LABELS, isBackEntryField, REQUIRED_FIELDS, type BackEntryField } from './record';
import type { FieldColumns } from './violations';

/**
 * Which column of a sheet holds which field, saved by name for the next file (issue 10).
 * Columns are named by their header; a header that appears again (registers often have two 姓名
 * columns) is named with its occurrence: '姓名', '姓名#2'. `defaults` fill a field the sheet lacks
 * or leaves empty, e.g. the office for a whole register, or kind 'marriage' for a 结婚登记 book.
 */
export interface ColumnMapping {
  readonly columns: Readonly<Record<string, BackEntryField>>;
  readonly defaults?: Readonly<Partial<Record<BackEntryField, string>>>;
}

/** One row's text by field (trimmed, empty cells left out) and the column each came from. */
export interface MappedRow {
  readonly values: Readonly<Partial<Record<BackEntryField, string>>>;
  readonly columns: FieldColumns;
}

/** The names the mapping uses for a header row's columns: trimmed headers, repeats numbered '#2', '#3'. */
export function columnKeys(headers: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((h) => {
    const header = h.trim();
    const n = (seen.get(header) ?? 0) + 1;
    seen.set(header, n);
    return n === 1 ? header : `${header}#${n}`;
  });
}

/** A function from a row's cells to its fields, resolved once per file rather than once per row. */
export function rowMapper(headers: readonly string[], mapping: ColumnMapping): (cells: readonly string[]) => MappedRow {
  const targets = columnKeys(headers).flatMap((key, index) => {
    const field = mapping.columns[key];
    return field === undefined ? [] : [{ index, key, field }];
  });
  const defaults = Object.entries(mapping.defaults ?? {}).filter(([, v]) => v !== undefined && v.trim() !== '') as [BackEntryField, string][];
  return (cells) => {
    const values: Partial<Record<BackEntryField, string>> = {};
    const columns: Partial<Record<BackEntryField, string>> = {};
    for (const { index, key, field } of targets) {
      columns[field] = key;
      const text = (cells[index] ?? '').trim();
      if (text !== '') values[field] = text;
    }
    for (const [field, text] of defaults) values[field] ??= text.trim();
    return { values, columns };
  };
}

export function mapRow(headers: readonly string[], cells: readonly string[], mapping: ColumnMapping): MappedRow {
  return rowMapper(headers, mapping)(cells);
}

export interface MappingProblem {
  readonly problem: 'column_missing' | 'field_unknown' | 'field_twice' | 'required_unmapped';
  readonly column: string | null;
  readonly field: string | null;
  readonly message: string;
}

/** What is wrong with a mapping for a file with these headers, before any row is read. */
export function checkMapping(headers: readonly string[], mapping: ColumnMapping): MappingProblem[] {
  const keys = new Set(columnKeys(headers));
  const problems: MappingProblem[] = [];
  const mappedFrom = new Map<string, string>();
  for (const [column, field] of Object.entries(mapping.columns)) {
    if (!keys.has(column)) problems.push({ problem: 'column_missing', column, field, message: `文件中没有「${column}」列` });
    if (!isBackEntryField(field)) {
      problems.push({ problem: 'field_unknown', column, field, message: `「${column}」列对应的字段不存在：${String(field)}` });
      continue;
    }
    const earlier = mappedFrom.get(field);
    if (earlier !== undefined) {
      problems.push({ problem: 'field_twice', column, field, message: `「${BACK_ENTRY_FIELD_LABELS[field]}」同时对应「${earlier}」和「${column}」两列` });
    }
    mappedFrom.set(field, column);
  }
  for (const field of REQUIRED_FIELDS) {
    if (!mappedFrom.has(field) && !mapping.defaults?.[field]?.trim()) {
      problems.push({ problem: 'required_unmapped', column: null, field, message: `必填项「${BACK_ENTRY_FIELD_LABELS[field]}」没有对应的列，也没有默认值` });
    }
  }
  return problems;
}
