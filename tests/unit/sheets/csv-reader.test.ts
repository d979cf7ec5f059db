import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectFileEncoding, readCsvFile, readCsvRows } from '../../../main/devices/sheets/csv-reader';
import { detectEncoding, encodeText, type CsvEncoding } from '../../../main/devices/sheets/text-encoding';
import { chunked, collect, toCsv } from './csv';

const dir = mkdtempSync(join(tmpdir(), 'hall-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);
const withBom = (bytes: Uint8Array) => new Uint8Array([...BOM, ...bytes]);

const REGISTER = [
  ['登记日期', '结婚证字号', '男方姓名', '女方姓名', '备注'],
  ['1996-05-03', '京朝结字第 1234 号', '张伟', '阿依古丽·买买提', '原件"破损",已补'],
  ['1997-01-02', '京朝结字第 1235 号', '王强', '𠮷野花子', '两行\r\n备注'],
];

const isAscii = (s: string) => [...s].every((c) => c.charCodeAt(0) < 0x80);

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

describe('CSV files in UTF-8 and GBK', () => {
  it('reads the same rows from a UTF-8, a UTF-8 with BOM and a GBK file, detecting each', async () => {
    const text = toCsv(REGISTER);
    const files: [string, Uint8Array, CsvEncoding][] = [
      ['utf8.csv', encodeText(text, 'utf-8'), 'utf-8'],
      ['utf8-bom.csv', withBom(encodeText(text, 'utf-8')), 'utf-8'],
      ['gbk.csv', encodeText(text, 'gb18030'), 'gb18030'],
    ];
    for (const [name, bytes, encoding] of files) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      expect(await detectFileEncoding(path), name).toBe(encoding);
      const rows = await collect(readCsvFile(path));
      expect(rows.map((r) => r.cells), name).toEqual(REGISTER);
      expect(rows.map((r) => r.rowNumber)).toEqual([1, 2, 3]);
    }
  });

  it('reads a GBK file as the manager chose, and garbles it if told it is UTF-8', async () => {
    const bytes = encodeText(toCsv(REGISTER), 'gb18030');
    expect((await collect(readCsvRows(chunked(bytes), { encoding: 'gbk' }))).map((r) => r.cells)).toEqual(REGISTER);
    expect((await collect(readCsvRows(chunked(bytes), { encoding: 'utf-8' })))[1]!.cells[2]).not.toBe('张伟');
  });

  it('reads a four-byte GB18030 character (𠮷) cut anywhere, even after its third byte', async () => {
    const bytes = encodeText('x,𠮷张\n', 'gb18030');
    for (let a = 1; a < bytes.length; a++) {
      for (let b = a + 1; b < bytes.length; b++) {
        const rows = await collect(readCsvRows(chunked(bytes, [a, b]), { encoding: 'gb18030' }));
        expect(rows.map((r) => r.cells), `cut at ${a} and ${b}`).toEqual([['x', '𠮷张']]);
      }
    }
  });

  it('detects UTF-8 when the first 64 KB end in the middle of a character', () => {
    const bytes = encodeText('张'.repeat(30_000), 'utf-8');
    expect(detectEncoding(bytes.subarray(0, 64 * 1024))).toBe('utf-8');
    expect(detectEncoding(encodeText('张伟', 'gb18030'))).toBe('gb18030');
    expect(detectEncoding(new Uint8Array())).toBe('utf-8');
  });

  it('closes the source when the reader stops early', async () => {
    let closed = false;
    const source = {
      [Symbol.asyncIterator]() {
        const inner = chunked(encodeText(toCsv(REGISTER), 'utf-8'), [10, 20, 30]);
        return { next: () => inner.next(), return: async () => ((closed = true), { done: true as const, value: undefined }) };
      },
    };
    for await (const row of readCsvRows(source)) {
      expect(row.rowNumber).toBe(1);
      break;
    }
    expect(closed).toBe(true);
  });
});

describe('any table round-trips through CSV (property)', () => {
  const pieces = ['a', 'Z', '0', ' ', ',', '"', '""', '\r', '\n', '\r\n', '张', '伟', '·', '，', '“', '𠮷', 'é', '\t'];
  const cell = fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((a) => a.join(''));
  const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 8 });
  const cuts = fc.array(fc.nat(), { maxLength: 12 });
  const eol = fc.constantFrom('\r\n' as const, '\n' as const);

  it('in UTF-8, with or without a BOM, detected or chosen, cut into any chunks', async () => {
    await fc.assert(
      fc.asyncProperty(table, eol, fc.boolean(), fc.constantFrom('auto' as const, 'utf-8' as const), cuts, async (t, e, bom, encoding, c) => {
        const plain = encodeText(toCsv(t, e), 'utf-8');
        const rows = await collect(readCsvRows(chunked(bom ? withBom(plain) : plain, c), { encoding }));
        expect(rows.map((r) => r.cells)).toEqual(t);
        expect(rows.map((r) => r.rowNumber)).toEqual(t.map((_, i) => i + 1));
      }),
      { numRuns: 300 },
    );
  });

  it('in GB18030, detected or chosen, cut into any chunks', async () => {
    await fc.assert(
      fc.asyncProperty(table, eol, fc.constantFrom('auto' as const, 'gbk' as const, 'gb18030' as const), cuts, async (t, e, encoding, c) => {
        const bytes = encodeText(toCsv(t, e), 'gb18030');
        // A short text whose GB18030 bytes happen to be valid UTF-8 cannot be told apart; only the choice reads it.
        fc.pre(encoding !== 'auto' || !isValidUtf8(bytes) || isAscii(toCsv(t, e)));
        const rows = await collect(readCsvRows(chunked(bytes, c), { encoding }));
        expect(rows.map((r) => r.cells)).toEqual(t);
      }),
      { numRuns: 300 },
    );
  });
});
