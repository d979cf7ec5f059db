import fs from 'node:fs';
import path from 'node:path';
import { pdfFileName } from './pdf-file-name';
import { PrintJobError, type PrinterInfo, type PrinterSystem } from './types';

/** More than this many names taken in one millisecond is a bug, not a busy desk. */
const MAX_ATTEMPTS = 100;

/**
 * HALL_PRINTER=pdf:DIR: one printer, named as configured, that writes each job to DIR as a PDF file
 * (tests, demos, and offices that print from another program).
 */
export function pdfFolderPrinter(name: string, dir: string, now: () => number = Date.now): PrinterSystem {
  const folder = path.resolve(dir);
  return {
    async list(): Promise<PrinterInfo[]> {
      return [{ name, kind: 'pdf-folder', isDefault: true, ...folderState(folder) }];
    },
    async print(printer, pdf, title) {
      if (printer !== null && printer !== name) throw new PrintJobError(printer, `本机没有这台打印机，只有 ${name}`);
      try {
        fs.mkdirSync(folder, { recursive: true });
        const file = writeNew(folder, new Date(now()), title, pdf);
        return { printer: name, jobId: path.basename(file), state: 'written' as const, detail: file };
      } catch (err) {
        throw new PrintJobError(name, err instanceof Error ? err.message : String(err));
      }
    },
  };
}

function folderState(folder: string): Pick<PrinterInfo, 'state' | 'message'> {
  try {
    fs.accessSync(folder, fs.constants.W_OK);
    return { state: 'idle', message: null };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // A folder not there yet is made by the first job.
    if (code === 'ENOENT') return { state: 'idle', message: null };
    return { state: 'stopped', message: err instanceof Error ? err.message : String(err) };
  }
}

/** Writes and fsyncs a file that did not exist before ('wx'), so two jobs never overwrite each other. */
function writeNew(folder: string, at: Date, title: string, pdf: Uint8Array): string {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const file = path.join(folder, pdfFileName(at, title, attempt));
    let fd: number;
    try {
      fd = fs.openSync(file, 'wx');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw err;
    }
    let complete = false;
    try {
      fs.writeFileSync(fd, pdf);
      fs.fsyncSync(fd);
      complete = true;
    } finally {
      fs.closeSync(fd);
      // Half a PDF (a full disk) is worse than none: whatever watches the folder would take it.
      if (!complete) fs.rmSync(file, { force: true });
    }
    return file;
  }
  throw new Error(`${folder} 中同一时刻的同名文件过多`);
}
