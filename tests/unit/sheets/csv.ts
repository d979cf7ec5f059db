/* Writing CSV the way Excel does, for the reader's tests. */
import type { SheetRow } from '../../../main/devices/sheets/sheet-row';

function quoteIfNeeded(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Every record ends with the line break, so a row of one empty cell is an empty line. */
export function toCsv(table: readonly (readonly string[])[], eol: '\r\n' | '\n' = '\r\n'): string {
  return table.map((row) => row.map(quoteIfNeeded).join(',') + eol).join('');
}

/** The chunks of a byte array cut at the given offsets, as a stream would deliver them. */
export async function* chunked(bytes: Uint8Array, cuts: readonly number[] = []): AsyncGenerator<Uint8Array> {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  let from = 0;
  for (const p of [...points, bytes.length]) {
    if (p > from) yield bytes.subarray(from, p);
    from = Math.max(from, p);
  }
}

export async function collect(rows: AsyncIterable<SheetRow>): Promise<SheetRow[]> {
  const out: SheetRow[] = [];
  for await (const r of rows) out.push(r);
  return out;
}
