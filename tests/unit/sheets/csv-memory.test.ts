import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsvFile } from '../../../main/devices/sheets/csv-reader';
import { encodeText } from '../../../main/devices/sheets/text-encoding';

const dir = mkdtempSync(join(tmpdir(), 'hall-csv-rss-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ROWS = 200_000;

async function writeBigRegister(path: string): Promise<void> {
  const out = createWriteStream(path);
  out.write(encodeText('登记日期,结婚证字号,男方姓名,男方身份证号,女方姓名,女方身份证号,备注\r\n', 'gb18030'));
  for (let i = 1; i <= ROWS; i++) {
    const line = `1996-05-03,京朝结字第 ${i} 号,张伟${i},110105700314031,阿依古丽·买买提${i},110105720809042,"原件""${i}""破损,已补"\r\n`;
    if (!out.write(encodeText(line, 'gb18030'))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

describe('reading a large CSV', () => {
  it('keeps memory flat: 200,000 GBK rows (about 25 MB) read with RSS growing far less than the file', async () => {
    const path = join(dir, 'big.csv');
    await writeBigRegister(path);
    const fileBytes = statSync(path).size;
    let count = 0;
    let rssAfterWarmUp = 0;
    let lastCells: string[] = [];
    for await (const row of readCsvFile(path)) {
      count++;
      lastCells = row.cells;
      if (count === ROWS / 10) rssAfterWarmUp = process.memoryUsage().rss;
    }
    const growth = process.memoryUsage().rss - rssAfterWarmUp;
    expect(count).toBe(ROWS + 1);
    expect(lastCells[6]).toBe(`原件"${ROWS}"破损,已补`);
    // Holding the rows would take several times the file (UTF-16 strings, arrays): half of it is a generous bound.
    expect(growth).toBeLessThan(fileBytes / 2);
  });
});
