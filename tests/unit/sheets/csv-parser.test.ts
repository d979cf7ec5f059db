import { describe, expect, it } from 'vitest';
import { CsvParser } from '../../../main/devices/sheets/csv-parser';
import { SheetFormatError } from '../../../main/devices/sheets/sheet-row';

function parse(...pieces: string[]): [number, string[]][] {
  const p = new CsvParser();
  const rows = [...pieces.flatMap((t) => p.push(t)), ...p.end()];
  return rows.map((r) => [r.rowNumber, r.cells]);
}

describe('CSV records (RFC 4180)', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks inside', () => {
    expect(parse('姓名,备注\r\n"张,伟","他说""好""\r\n第二行"\r\n')).toEqual([
      [1, ['姓名', '备注']],
      [2, ['张,伟', '他说"好"\r\n第二行']],
    ]);
  });

  it('ends records at CRLF, LF or a lone CR, and a last record without a line break', () => {
    expect(parse('a\r\nb\nc\rd')).toEqual([[1, ['a']], [2, ['b']], [3, ['c']], [4, ['d']]]);
  });

  it('does not make two records of a CRLF cut between two pieces', () => {
    expect(parse('a,b\r', '\nc,d\r', '\n')).toEqual([[1, ['a', 'b']], [2, ['c', 'd']]]);
  });

  it('keeps a doubled quote cut between two pieces', () => {
    expect(parse('"x"', '"y"', '\n')).toEqual([[1, ['x"y']]]);
  });

  it('reads an empty line as one empty cell, and empty cells between delimiters', () => {
    expect(parse('a\n\n,,\n')).toEqual([[1, ['a']], [2, ['']], [3, ['', '', '']]]);
  });

  it('reads nothing from nothing', () => {
    expect(parse('')).toEqual([]);
  });

  it('keeps stray characters after a closing quote, and quotes inside an unquoted field, as Excel does', () => {
    expect(parse('"ab"c,d"e"\n')).toEqual([[1, ['abc', 'd"e"']]]);
  });

  it('refuses a quote left open at the end of the file, naming the row it began in', () => {
    const p = new CsvParser();
    p.push('a\n"unterminated,\nb\n');
    expect(() => p.end()).toThrow(SheetFormatError);
    expect(() => new CsvParser().end()).not.toThrow();
    try {
      p.end();
    } catch (e) {
      expect(e).toMatchObject({ code: 'CSV_UNTERMINATED_QUOTE', rowNumber: 2 });
    }
  });

  it('reads tab-separated text with a tab delimiter', () => {
    const p = new CsvParser('\t');
    expect([...p.push('a\tb,c\n'), ...p.end()].map((r) => r.cells)).toEqual([['a', 'b,c']]);
    expect(() => new CsvParser('"')).toThrow(RangeError);
  });
});
