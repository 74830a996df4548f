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
const utf8 = new TextEncoder();

/** UTF-8 length of a string without encoding it. */
function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += c < 0x800 ? 1 : c >= 0xd800 && c < 0xdc00 ? 1 : 2; // a surrogate pair: 4 bytes for 2 units
  }
  return n;
}

/** The .dbf bytes (dBASE III, no memo): text as C up to 254 bytes, numbers as N; a fixed date keeps the bytes stable. */
export function writeDbf(fields: readonly DbfField[], rows: readonly Value[][], encoding: TextEncoding): Uint8Array {
  // UTF-8 text is measured here and encoded straight into the file (encodeInto never splits a character);
  // GBK text, and every number, is encoded once up front
  const text = (v: Value) => (typeof v === 'string' ? v : String(v));
  const cells: (Uint8Array | string | null)[][] = rows.map((r) => fields.map((f, i) => {
    const v = r[i] ?? null;
    if (v === null) return null;
    if (f.type !== 'text') return typeof v === 'number' ? numberText(v, f.type) : String(v);
    return encoding === 'gbk' ? cut(encodeText(text(v), 'gbk'), MAX_CHARS, 'gbk') : text(v);
  }));
  const size = (c: Uint8Array | string | null, type: ColumnType) => (c === null ? 0 : typeof c !== 'string' ? c.length : type === 'text' ? Math.min(utf8Length(c), MAX_CHARS) : c.length);
  const widths = fields.map((f, i) => {
    let longest = 1;
    for (const row of cells) { const n = size(row[i]!, f.type); if (n > longest) longest = n; }
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
    out.set(utf8.encode(f.name.slice(0, 10)), at);
    out[at + 11] = f.type === 'text' ? 0x43 : 0x4e; // C or N
    out[at + 16] = widths[i]!;
    out[at + 17] = decimals[i]!;
  });
  out[headerSize - 1] = 0x0d;
  cells.forEach((row, r) => {
    let at = headerSize + recordSize * r + 1; // the first byte: " " = not deleted
    row.forEach((c, i) => {
      const w = widths[i]!;
      if (c === null) { /* blank */ } else if (typeof c !== 'string') out.set(c.subarray(0, w), at);
      else if (fields[i]!.type === 'text') utf8.encodeInto(c, out.subarray(at, at + w));
      else for (let k = 0, from = at + w - Math.min(c.length, w); k < c.length && k < w; k++) out[from + k] = c.charCodeAt(k); // numbers right-aligned
      at += w;
    });
  });
  out[out.length - 1] = 0x1a;
  return out;
}
