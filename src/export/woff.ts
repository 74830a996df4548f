/**
 * WOFF 1.0 → the TrueType/OpenType file it wraps (W3C WOFF §4–5): each table inflated with the
 * platform's DecompressionStream and laid out again with its original checksum. fontkit reads WOFF,
 * but pdf-lib's subsetter and resvg want the plain font.
 */
export async function woffToSfnt(woff: Uint8Array): Promise<Uint8Array> {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 font');
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const tables = [];
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    const [tag, offset, compLength, length, checksum] = [0, 4, 8, 12, 16].map((d) => view.getUint32(at + d)) as [number, number, number, number, number];
    const raw = woff.subarray(offset, offset + compLength);
    tables.push({ tag, checksum, length, data: compLength < length ? await inflate(raw) : raw });
  }
  const headerSize = 12 + 16 * numTables;
  const size = tables.reduce((n, t) => n + ((t.length + 3) & ~3), headerSize);
  const out = new Uint8Array(size);
  const w = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(numTables));
  w.setUint32(0, flavor);
  w.setUint16(4, numTables);
  w.setUint16(6, 2 ** entrySelector * 16);
  w.setUint16(8, entrySelector);
  w.setUint16(10, numTables * 16 - 2 ** entrySelector * 16);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    w.setUint32(at, t.tag);
    w.setUint32(at + 4, t.checksum);
    w.setUint32(at + 8, offset);
    w.setUint32(at + 12, t.length);
    out.set(t.data.subarray(0, t.length), offset);
    offset += (t.length + 3) & ~3;
  });
  return out;
}

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
