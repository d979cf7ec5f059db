import iconv from 'iconv-lite';

/**
 * The encodings of CSV files that Chinese offices have: UTF-8, and GBK, which is what Excel in
 * Chinese Windows writes by default. GBK is read as GB18030, its superset (every GBK file is a
 * GB18030 file with the same text), which also covers the rare characters of names GBK lacks.
 */
export type CsvEncoding = 'utf-8' | 'gb18030';
export type EncodingChoice = CsvEncoding | 'gbk' | 'auto';

/** How much of a file the detection reads. */
export const DETECTION_BYTES = 64 * 1024;

function hasUtf8Bom(head: Uint8Array): boolean {
  return head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
}

/** A BOM says UTF-8; so does text that is valid UTF-8 (a sequence cut by the end of `head` is allowed); else GB18030. */
export function detectEncoding(head: Uint8Array): CsvEncoding {
  if (hasUtf8Bom(head)) return 'utf-8';
  try {
    // stream: true holds back a multi-byte character cut at the end instead of calling it invalid.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

export function resolveEncoding(choice: EncodingChoice, head: Uint8Array): CsvEncoding {
  if (choice === 'auto') return detectEncoding(head);
  return choice === 'gbk' ? 'gb18030' : choice;
}

export interface TextDecoding {
  /** The text of these bytes; a character cut at the end of a chunk comes with the next one. */
  write(bytes: Uint8Array): string;
  end(): string;
}

/**
 * The length of the prefix of `bytes` that ends on a GB18030 character boundary: one byte below
 * 0x80, four when the second is a digit 0x30–0x39, else two. Invalid bytes count as one.
 */
export function gb18030WholeLength(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x81 || lead === 0xff) {
      i++;
      continue;
    }
    if (i + 1 >= bytes.length) break;
    const second = bytes[i + 1]!;
    const width = second >= 0x30 && second <= 0x39 ? 4 : 2;
    if (i + width > bytes.length) break;
    i += width;
  }
  return i;
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A streaming decoder that drops a leading BOM. */
export function textDecoding(encoding: CsvEncoding): TextDecoding {
  if (encoding === 'utf-8') {
    const decoder = iconv.getDecoder('utf8');
    return { write: (bytes) => decoder.write(asBuffer(bytes)), end: () => decoder.end() ?? '' };
  }
  // iconv-lite's GB18030 decoder loses a character cut between two writes (a four-byte one cut
  // after its third byte comes back as U+FFFD; pillarjs/iconv-lite#417): it gets whole characters only.
  const decoder = iconv.getDecoder('gb18030');
  let held = Buffer.alloc(0);
  return {
    write(bytes) {
      const all = held.length === 0 ? asBuffer(bytes) : Buffer.concat([held, bytes]);
      const whole = gb18030WholeLength(all);
      held = Buffer.from(all.subarray(whole));
      return decoder.write(all.subarray(0, whole));
    },
    // A character cut by the end of the file is decoded alone, as U+FFFD.
    end: () => decoder.write(held) + (decoder.end() ?? ''),
  };
}

/** Text in the encoding, with no BOM: what the tests write and what an error report may be saved as. */
export function encodeText(text: string, encoding: CsvEncoding): Uint8Array {
  return iconv.encode(text, encoding === 'utf-8' ? 'utf8' : 'gb18030');
}
