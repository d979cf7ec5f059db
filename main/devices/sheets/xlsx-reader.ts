import ExcelJS from 'exceljs';
import type { SheetRow } from './sheet-row';

type Scalar = number | string | boolean | Date | ExcelJS.CellErrorValue | null | undefined;

// As ExcelJS decides a number is a date: a format with y, m, d, h or s outside quotes and brackets.
function isDateFormat(numFmt: string | undefined): boolean {
  return numFmt !== undefined && /[ymdhMsb]/.test(numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** A date cell's day, YYYY-MM-DD: ExcelJS gives the serial as a UTC instant; the time of day is dropped. */
function dayOf(date: Date): string {
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

// Excel's own 1900 serial epoch, for formula results (ExcelJS converts plain values only).
function serialToDay(serial: number, date1904: boolean): string {
  return dayOf(new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000)));
}

/** Excel shows 15 significant digits: 1.1 stored as 1.1000000000000001 reads 1.1, an ID number as its digits. */
function numberText(n: number): string {
  return String(Number(n.toPrecision(15)));
}

function scalarText(value: Scalar, dateFormatted: boolean, date1904: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return dateFormatted ? serialToDay(value, date1904) : numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dayOf(value);
  return value.error;
}

/** What a cell shows, as text: rich text joined, a hyperlink's text, a formula's last result, dates as YYYY-MM-DD. */
function valueText(value: ExcelJS.CellValue, numFmt: string | undefined, date1904: boolean): string {
  if (value === null || value === undefined || typeof value !== 'object' || value instanceof Date) {
    return scalarText(value, false, date1904);
  }
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  // ExcelJS types a hyperlink's text as a string; in a file it may be rich text.
  if ('hyperlink' in value) return valueText(value.text as ExcelJS.CellValue, numFmt, date1904);
  if ('formula' in value || 'sharedFormula' in value) return scalarText(value.result, isDateFormat(numFmt), date1904);
  return scalarText(value, false, date1904);
}

/**
 * The rows of a workbook's first worksheet, read as a stream (never the whole file in memory).
 * The first worksheet is the first in the file (sheet1.xml), which is the first tab unless tabs
 * were reordered. Rows Excel stores no cell for are skipped; row numbers are the sheet's own.
 * The shared-string table is held whole, as every streaming xlsx reader must.
 */
export async function* readXlsxRows(path: string): AsyncGenerator<SheetRow> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  try {
    for await (const worksheet of workbook) {
      // Read by ExcelJS from workbook.xml, which precedes the worksheets in the file.
      const date1904 = Boolean((workbook as unknown as { properties?: { model?: { date1904?: boolean } } }).properties?.model?.date1904);
      for await (const row of worksheet) {
        const cells: string[] = [];
        row.eachCell({ includeEmpty: false }, (cell, column) => {
          while (cells.length < column - 1) cells.push('');
          cells[column - 1] = valueText(cell.value, cell.numFmt, date1904);
        });
        yield { rowNumber: row.number, cells };
      }
      return;
    }
  } finally {
    // Leaving after the first worksheet must not leave the file open.
    (workbook as unknown as { stream?: { destroy(): void } }).stream?.destroy();
  }
}
