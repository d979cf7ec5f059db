import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findScanFolder } from '../../main/server/imports/scans';
import { tempDataDir } from '../helpers/host';

const dir = tempDataDir('hall-import-scans-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the folder of a sheet’s scanned pages', () => {
  it('is the folder given, else one beside the sheet named like it, else scans/ beside it, else none', () => {
    const sheet = path.join(dir, '登记簿1996.xlsx');
    expect(findScanFolder(sheet, null)).toBeNull();
    fs.mkdirSync(path.join(dir, 'scans'));
    expect(findScanFolder(sheet, null)?.dir).toBe(path.join(dir, 'scans'));
    fs.mkdirSync(path.join(dir, '登记簿1996'));
    expect(findScanFolder(sheet, null)?.dir).toBe(path.join(dir, '登记簿1996'));
    expect(findScanFolder(sheet, path.join(dir, 'scans'))?.dir).toBe(path.join(dir, 'scans'));
    expect(findScanFolder(sheet, path.join(dir, 'nowhere'))).toBeNull();
  });

  it('finds a page by its plain file name only: a name that leaves the folder is not there', () => {
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'not a scan');
    fs.writeFileSync(path.join(dir, 'scans', '0001.jpg'), 'page');
    const scans = findScanFolder(path.join(dir, 'x.csv'), path.join(dir, 'scans'))!;
    expect(scans.has('0001.jpg')).toBe(true);
    expect(scans.read('0001.jpg')?.toString()).toBe('page');
    expect(scans.has('../secret.txt')).toBe(false);
    expect(scans.read('../secret.txt')).toBeNull();
    expect(scans.has('0002.jpg')).toBe(false);
  });
});
