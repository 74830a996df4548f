import { encodeText, type TextEncoding } from './gbk.ts';
import type { ColumnType, Value } from './tables.ts';

/** A dBASE field: its ≤ 10-character name and type. */
export interface DbfField { name: string; type: ColumnType }

const MAX_CHARS = 254;
// dBASE language driver ids GDAL reads: 0x4D = code page 936 (GBK); none for UTF-8 (the .cpg says it).
const LDID: Record<TextEncoding, number> = { 'utf-8': 0, gbk: 0x4d };

/** Cuts bytes to at most `max` without splitting a character (UTF-8 continuation bytes, GBK pairs). */
function cut(bytes: Uint8Array, max: number, encoding: TextEncoding): Uint8Array {
  if (bytes.length <= max) return bytes;
  let end = 0;
  for (let i = 0; i < max;) {
    const b = bytes[i]!;
    const size = encoding === 'gbk' ? (b >= 0x81 ? 2 : 1) : b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    if (i + size > max) break;
    i += size;
    end = i;
  }
  return bytes.subarray(0, end);
}

const numberText = (v: number, type: ColumnType) => (type === 'integer' ? String(v) : String(Number(v.toPrecision(15))));

/** The .dbf bytes (dBASE III, no memo): text as C up to 254 bytes, numbers as N; a fixed date keeps the bytes stable. */
export function writeDbf(fields: readonly DbfField[], rows: readonly Value[][], encoding: TextEncoding): Uint8Array {
  const cells = rows.map((r) => fields.map((f, i) => {
    const v = r[i] ?? null;
    if (v === null) return null;
    if (f.type === 'text') return cut(encodeText(String(v), encoding), MAX_CHARS, encoding);
    return encodeText(typeof v === 'number' ? numberText(v, f.type) : String(v), 'utf-8');
  }));
  const widths = fields.map((f, i) => {
    const longest = cells.reduce((m, c) => Math.max(m, c[i]?.length ?? 0), 1);
    return f.type === 'text' ? longest : Math.min(Math.max(longest, f.type === 'integer' ? 9 : 19), 20);
  });
  const decimals = fields.map((f, i) => (f.type !== 'real' ? 0 : Math.min(widths[i]! - 2, 11)));
  const headerSize = 32 + 32 * fields.length + 1;
  const recordSize = 1 + widths.reduce((s, w) => s + w, 0);
  const out = new Uint8Array(headerSize + recordSize * rows.length + 1).fill(0x20, headerSize);
  const view = new DataView(out.buffer);
  out.set([0x03, 121, 1, 1]); // dBASE III; last update 2021-01-01 (fixed: no clock)
  view.setUint32(4, rows.length, true);
  view.setUint16(8, headerSize, true);
  view.setUint16(10, recordSize, true);
  out[29] = LDID[encoding];
  fields.forEach((f, i) => {
    const at = 32 + 32 * i;
    out.set(encodeText(f.name.slice(0, 10), 'utf-8'), at);
    out[at + 11] = f.type === 'text' ? 0x43 : 0x4e; // C or N
    out[at + 16] = widths[i]!;
    out[at + 17] = decimals[i]!;
  });
  out[headerSize - 1] = 0x0d;
  cells.forEach((row, r) => {
    let at = headerSize + recordSize * r + 1; // the first byte: " " = not deleted
    row.forEach((c, i) => {
      const w = widths[i]!;
      if (c) out.set(c.subarray(0, w), fields[i]!.type === 'text' ? at : at + w - Math.min(c.length, w)); // numbers right-aligned
      at += w;
    });
  });
  out[out.length - 1] = 0x1a;
  return out;
}
