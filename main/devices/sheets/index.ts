import { readCsvFile, type CsvOptions } from './csv-reader';
import type { SheetRow } from './sheet-row';
import { readXlsxRows } from './xlsx-reader';

export * from './sheet-row';
export * from './text-encoding';
export { CsvParser } from './csv-parser';
export { readCsvRows, readCsvFile, detectFileEncoding, type CsvOptions } from './csv-reader';
export { readXlsxRows } from './xlsx-reader';

export type SheetKind = 'csv' | 'xlsx';

/** The kind of sheet a file name says, or null (an old binary .xls is not read: save it as .xlsx). */
export function sheetKindOf(fileName: string): SheetKind | null {
  const ext = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'xlsx') return 'xlsx';
  return ext === 'csv' || ext === 'txt' ? 'csv' : null;
}

/** The rows of a .csv or .xlsx file; the CSV options matter only for CSV. */
export function readSheetFile(path: string, kind: SheetKind, options: CsvOptions = {}): AsyncGenerator<SheetRow> {
  return kind === 'xlsx' ? readXlsxRows(path) : readCsvFile(path, options);
}
