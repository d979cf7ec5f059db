import fs from 'node:fs';
import path from 'node:path';

/** The folder a sheet's scanned pages are in; a row names its page by file name. */
export interface ScanFolder {
  readonly dir: string;
  /** The page's bytes, or null when the folder has no such file (or the name tries to leave the folder). */
  read(fileName: string): Buffer | null;
  has(fileName: string): boolean;
}

function isPlainName(fileName: string): boolean {
  return fileName === path.basename(fileName) && !fileName.includes('\\') && fileName !== '.' && fileName !== '..';
}

export function scanFolder(dir: string): ScanFolder {
  const full = (name: string) => (isPlainName(name) ? path.join(dir, name) : null);
  return {
    dir,
    has(fileName) {
      const file = full(fileName);
      return file !== null && fs.statSync(file, { throwIfNoEntry: false })?.isFile() === true;
    },
    read(fileName) {
      const file = full(fileName);
      if (file === null) return null;
      try {
        return fs.readFileSync(file);
      } catch {
        return null;
      }
    },
  };
}

function isDir(dir: string): boolean {
  return fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory() === true;
}

/**
 * Where a sheet's scans are: the folder given, else a folder beside the sheet named like it without
 * its extension (登记簿1996.xlsx → 登记簿1996/), else `scans/` beside it; null when there is none.
 */
export function findScanFolder(sheetPath: string, given: string | null): ScanFolder | null {
  if (given !== null) return isDir(given) ? scanFolder(path.resolve(given)) : null;
  const beside = path.dirname(path.resolve(sheetPath));
  const named = path.join(beside, path.basename(sheetPath, path.extname(sheetPath)));
  if (isDir(named)) return scanFolder(named);
  const scans = path.join(beside, 'scans');
  return isDir(scans) ? scanFolder(scans) : null;
}
