import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSheetFile, sheetKindOf } from '../../../main/devices/sheets';
import { readXlsxRows } from '../../../main/devices/sheets/xlsx-reader';
import { collect } from './csv';

const dir = mkdtempSync(join(tmpdir(), 'hall-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A register as an office keeps it in Excel: text, numbers, dates, rich text, a formula, a gap. */
async function writeRegister(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('1996年结婚登记');
  sheet.addRow(['登记日期', '结婚证字号', '男方姓名', '男方身份证号', '女方姓名', '备注']);
  sheet.addRow([new Date(Date.UTC(1996, 4, 3)), '京朝结字第 1234 号', '张伟', '110105700314031', '阿依古丽·买买提', null]);
  sheet.getCell('A2').numFmt = 'yyyy-mm-dd';
  // An ID number typed as a number, a date with Excel's default format, a note in rich text.
  sheet.addRow([new Date(Date.UTC(1997, 0, 2, 15, 30)), '京朝结字第 1235 号', '王强', 110105700314031, '李娜', { richText: [{ text: '原件' }, { text: '破损', font: { bold: true } }] }]);
  // Row 4 left empty; row 5 with a formula, a boolean and an error.
  sheet.getRow(5).values = ['', { formula: '"京"&"朝"', result: '京朝' }, true, 1.1000000000000001, { error: '#N/A' }];
  sheet.getCell('F5').value = { formula: 'A2+1', result: 35189 };
  sheet.getCell('F5').numFmt = 'yyyy/m/d';
  book.addWorksheet('说明').addRow(['不读这一页']);
  await book.xlsx.writeFile(path);
}

describe('xlsx, read as a stream', () => {
  it('gives the first sheet’s rows as display text, dates as YYYY-MM-DD, with the sheet’s row numbers', async () => {
    const path = join(dir, 'register.xlsx');
    await writeRegister(path);
    const rows = await collect(readXlsxRows(path));
    expect(rows).toEqual([
      { rowNumber: 1, cells: ['登记日期', '结婚证字号', '男方姓名', '男方身份证号', '女方姓名', '备注'] },
      { rowNumber: 2, cells: ['1996-05-03', '京朝结字第 1234 号', '张伟', '110105700314031', '阿依古丽·买买提'] },
      { rowNumber: 3, cells: ['1997-01-02', '京朝结字第 1235 号', '王强', '110105700314031', '李娜', '原件破损'] },
      { rowNumber: 5, cells: ['', '京朝', 'TRUE', '1.1', '#N/A', '1996-05-04'] },
    ]);
  });

  it('reads thousands of rows written by the streaming writer, and can stop after the first', async () => {
    const path = join(dir, 'big.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
    const sheet = writer.addWorksheet('登记');
    sheet.addRow(['序号', '姓名']).commit();
    for (let i = 1; i <= 5000; i++) sheet.addRow([i, `姓名${i % 97}`]).commit();
    sheet.commit();
    await writer.commit();

    let count = 0;
    let last: string[] = [];
    for await (const row of readSheetFile(path, 'xlsx')) {
      count++;
      last = row.cells;
    }
    expect(count).toBe(5001);
    expect(last).toEqual(['5000', `姓名${5000 % 97}`]);

    for await (const row of readXlsxRows(path)) {
      expect(row.rowNumber).toBe(1);
      break;
    }
  });

  it('knows a sheet by its file name', () => {
    expect(sheetKindOf('1996年.XLSX')).toBe('xlsx');
    expect(sheetKindOf('登记.csv')).toBe('csv');
    expect(sheetKindOf('旧.xls')).toBeNull();
  });
});
