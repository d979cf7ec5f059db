/**
 * The 16 raw bytes of `12 FF`, shown as vendors show them: `%02d.%02d-%08d-%010d-%010d` from
 * little-endian integers of 2, 2, 4, 4 and 4 bytes. Keep the bytes; format only for display.
 */
export function formatSamId(raw: Uint8Array): string | null {
  if (raw.length !== 16) return null;
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(view.getUint16(0, true), 2)}.${pad(view.getUint16(2, true), 2)}-${pad(view.getUint32(4, true), 8)}-${pad(view.getUint32(8, true), 10)}-${pad(view.getUint32(12, true), 10)}`;
}
