/**
 * One font out of a TrueType collection (.ttc): the OS ships CJK fonts that way (simsun.ttc, uming.ttc), and
 * pdf-lib embeds single fonts only. Copies the chosen font's table directory and tables into a standalone
 * sfnt; the tables are byte-identical, so their checksums still hold.
 */
export function fontFromCollection(file: Uint8Array, index: number): Uint8Array {
  const buf = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (buf.toString('latin1', 0, 4) !== 'ttcf') return file;
  const count = buf.readUInt32BE(8);
  if (!Number.isInteger(index) || index < 0 || index >= count) throw new RangeError(`font index ${index} outside the collection's ${count} fonts`);
  const start = buf.readUInt32BE(12 + 4 * index);
  const numTables = buf.readUInt16BE(start + 4);
  const headerLength = 12 + 16 * numTables;
  const tables = Array.from({ length: numTables }, (_, i) => {
    const r = start + 12 + 16 * i;
    return { record: r, offset: buf.readUInt32BE(r + 8), length: buf.readUInt32BE(r + 12) };
  });
  const padded = (n: number) => (n + 3) & ~3;
  const out = Buffer.alloc(headerLength + tables.reduce((sum, t) => sum + padded(t.length), 0));
  buf.copy(out, 0, start, start + 12);
  let at = headerLength;
  tables.forEach((t, i) => {
    const w = 12 + 16 * i;
    buf.copy(out, w, t.record, t.record + 8);
    out.writeUInt32BE(at, w + 8);
    out.writeUInt32BE(t.length, w + 12);
    buf.copy(out, at, t.offset, t.offset + t.length);
    at += padded(t.length);
  });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

export function collectionSize(file: Uint8Array): number {
  const buf = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  return buf.toString('latin1', 0, 4) === 'ttcf' ? buf.readUInt32BE(8) : 1;
}
