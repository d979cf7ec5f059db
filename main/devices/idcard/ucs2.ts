import type { FieldSpan } from './text-layouts';

/** The card's padding: a UCS-2LE space. */
const SPACE = 0x20;

/** A field of the text block as UCS-2LE, trailing spaces trimmed (only those: English names contain spaces). */
export function readField(block: Uint8Array, span: FieldSpan): string {
  return trimTrailingSpaces(readRaw(block, span));
}

export function readRaw(block: Uint8Array, span: FieldSpan): string {
  return Buffer.from(block.buffer, block.byteOffset + span.offset, span.bytes).toString('utf16le');
}

export function trimTrailingSpaces(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === SPACE) end--;
  return s.slice(0, end);
}

/** Writes `value` padded with spaces; false when it does not fit (UCS-2 has no room for astral characters either). */
export function writeField(block: Uint8Array, span: FieldSpan, value: string): boolean {
  if (value.length * 2 > span.bytes) return false;
  for (let i = 0; i < span.bytes; i += 2) {
    const unit = i / 2 < value.length ? value.charCodeAt(i / 2) : SPACE;
    block[span.offset + i] = unit & 0xff;
    block[span.offset + i + 1] = unit >> 8;
  }
  return true;
}

/** A fresh text block of `bytes`, all spaces, as the card pads it. */
export function blankBlock(bytes: number): Uint8Array {
  const block = new Uint8Array(bytes);
  for (let i = 0; i < bytes; i += 2) block[i] = SPACE;
  return block;
}
