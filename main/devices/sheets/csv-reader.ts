import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { CsvParser } from './csv-parser';
import type { SheetRow } from './sheet-row';
import { DETECTION_BYTES, detectEncoding, resolveEncoding, textDecoding, type CsvEncoding, type EncodingChoice } from './text-encoding';

export interface CsvOptions {
  /** 'auto' (the default) detects UTF-8 or GB18030 from the first 64 KB; the manager may choose instead. */
  readonly encoding?: EncodingChoice;
  readonly delimiter?: string;
}

/**
 * The rows of a CSV arriving as bytes in chunks of any size, decoded and parsed as they come:
 * only the first 64 KB (for the detection) and the row being read are held at once.
 */
export async function* readCsvRows(source: AsyncIterable<Uint8Array>, options: CsvOptions = {}): AsyncGenerator<SheetRow> {
  const chunks = source[Symbol.asyncIterator]();
  try {
    const head: Uint8Array[] = [];
    let headBytes = 0;
    let done = false;
    while (headBytes < DETECTION_BYTES) {
      const next = await chunks.next();
      if (next.done) {
        done = true;
        break;
      }
      head.push(next.value);
      headBytes += next.value.byteLength;
    }
    const decoding = textDecoding(resolveEncoding(options.encoding ?? 'auto', Buffer.concat(head)));
    const parser = new CsvParser(options.delimiter);
    for (const chunk of head) yield* parser.push(decoding.write(chunk));
    while (!done) {
      const next = await chunks.next();
      if (next.done) break;
      yield* parser.push(decoding.write(next.value));
    }
    yield* parser.push(decoding.end());
    yield* parser.end();
  } finally {
    // A consumer that stops early (a bad header, a cancelled import) closes the file.
    await chunks.return?.();
  }
}

export function readCsvFile(path: string, options: CsvOptions = {}): AsyncGenerator<SheetRow> {
  return readCsvRows(createReadStream(path, { highWaterMark: DETECTION_BYTES }), options);
}

/** The encoding 'auto' would choose for a file, to show the manager before the import. */
export async function detectFileEncoding(path: string): Promise<CsvEncoding> {
  const file = await open(path, 'r');
  try {
    const head = new Uint8Array(DETECTION_BYTES);
    const { bytesRead } = await file.read(head, 0, DETECTION_BYTES, 0);
    return detectEncoding(head.subarray(0, bytesRead));
  } finally {
    await file.close();
  }
}
