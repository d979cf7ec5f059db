import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { detectFileEncoding, readSheetFile, resolveEncoding, sheetKindOf, type CsvEncoding, type EncodingChoice, type SheetKind, type SheetRow } from '../../devices/sheets';

/** A sheet file and how to read it: its kind, and a CSV's encoding once resolved. */
export interface SheetFile {
  readonly path: string;
  readonly kind: SheetKind;
  /** null for a workbook. */
  readonly encoding: CsvEncoding | null;
}

/** The file is not one the import can read: no sheet kind, no header, or a broken CSV. */
export class SheetProblem extends Error {
  constructor(readonly problem: 'kind' | 'empty' | 'unreadable', message: string) {
    super(message);
  }
}

/** The kind the file name says and, for a CSV, the encoding chosen or detected from its first 64 KB. */
export async function resolveSheet(path: string, fileName: string, encoding: EncodingChoice = 'auto'): Promise<SheetFile> {
  const kind = sheetKindOf(fileName);
  if (kind === null) throw new SheetProblem('kind', `「${fileName}」不是 .xlsx 或 .csv 文件`);
  if (kind === 'xlsx') return { path, kind, encoding: null };
  return { path, kind, encoding: encoding === 'auto' ? await detectFileEncoding(path) : resolveEncoding(encoding, new Uint8Array()) };
}

function isBlank(row: SheetRow): boolean {
  return row.cells.every((c) => c.trim() === '');
}

export interface OpenSheet {
  readonly headers: readonly string[];
  readonly headerRow: number;
  /** The data rows after the header, blank rows left out, in the file's order. */
  readonly rows: AsyncGenerator<SheetRow>;
  /** Closes the file when the rows are not read to their end. */
  close(): Promise<void>;
}

/** Reads the header (the first row that is not blank) and hands on the rest as a stream. */
export async function openSheet(file: SheetFile): Promise<OpenSheet> {
  const all = readSheetFile(file.path, file.kind, { encoding: file.encoding ?? 'auto' });
  let header: SheetRow | undefined;
  try {
    for (;;) {
      const next = await all.next();
      if (next.done) break;
      if (!isBlank(next.value)) {
        header = next.value;
        break;
      }
    }
  } catch (err) {
    await all.return(undefined);
    throw new SheetProblem('unreadable', (err as Error).message);
  }
  if (header === undefined) throw new SheetProblem('empty', '文件中没有内容（第一行应为表头）');
  async function* data(): AsyncGenerator<SheetRow> {
    try {
      for await (const row of all) if (!isBlank(row)) yield row;
    } catch (err) {
      if (err instanceof SheetProblem) throw err;
      throw new SheetProblem('unreadable', (err as Error).message);
    }
  }
  return { headers: header.cells, headerRow: header.rowNumber, rows: data(), close: async () => void (await all.return(undefined)) };
}

/** How many data rows the sheet has (a whole read, streamed): the total a job's progress is measured against. */
export async function countDataRows(file: SheetFile): Promise<{ rowsTotal: number; headerRow: number; headers: readonly string[] }> {
  const sheet = await openSheet(file);
  let rowsTotal = 0;
  for await (const _row of sheet.rows) rowsTotal++;
  return { rowsTotal, headerRow: sheet.headerRow, headers: sheet.headers };
}

/** The SHA-256 of a file's bytes, streamed: the same file imported again is known by it, whatever its name. */
export async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** A batch's canonical rows for its audit hash: each row's number and cells, one JSON line each. */
export function canonicalRow(row: SheetRow): string {
  return `${JSON.stringify([row.rowNumber, row.cells])}\n`;
}
