import { encodeText, type TextEncoding } from './gbk.ts';
import type { ColumnType, Value } from './tables.ts';

/** A dBASE field: its ≤ 10-character name and type. */
export interface DbfField { name: string; type: ColumnType }

const MAX_CHARS = 254;
const MAX_CACHED = 4096; // distinct values of a column kept encoded (ids and names are unique: written directly)
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
const utf8 = new TextEncoder(); // field names

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
  // UTF-8 text is measured in one pass and encoded straight into the file in the next, with no copy per cell
  // (100k rows × 15 columns of garbage made this writer slow); numbers and GBK text are encoded once up front.
  const nf = fields.length;
  const direct = fields.map((f) => f.type === 'text' && encoding !== 'gbk');
  const prepared: (string | Uint8Array | null)[][] = fields.map((f, i) => (direct[i] ? [] : rows.map((r) => {
    const v = r[i] ?? null;
    if (v === null) return null;
    if (f.type !== 'text') return typeof v === 'number' ? numberText(v, f.type) : String(v);
    return cut(encodeText(typeof v === 'string' ? v : String(v), 'gbk'), MAX_CHARS, 'gbk');
  })));
  // a text value that repeats (a kind, a source, a list of cities) is encoded once per column and copied after
  const encoded = fields.map((): Map<string, Uint8Array> | null => new Map());
  const widths = fields.map((f, i) => {
    let longest = 1;
    if (direct[i]) {
      let seen: Map<string, Uint8Array> | null = encoded[i]!;
      for (const r of rows) {
        const v = r[i] ?? null;
        if (v === null) continue;
        const s = typeof v === 'string' ? v : String(v);
        if (seen?.has(s)) continue;
        longest = Math.max(longest, Math.min(utf8Length(s), MAX_CHARS));
        if (!seen) continue;
        if (seen.size < MAX_CACHED) seen.set(s, cut(utf8.encode(s), MAX_CHARS, 'utf-8'));
        else seen = encoded[i] = null; // values that hardly repeat (ids, names): measured and written directly
      }
      return longest;
    }
    for (const c of prepared[i]!) if (c !== null && c.length > longest) longest = c.length;
    return f.type === 'text' ? longest : Math.min(Math.max(longest, f.type === 'integer' ? 9 : 19), 20);
  });
  const decimals = fields.map((f, i) => (f.type !== 'real' ? 0 : Math.min(widths[i]! - 2, 11)));
  const headerSize = 32 + 32 * nf + 1;
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
  const text = fields.map((f) => f.type === 'text');
  for (let r = 0, at = headerSize + 1; r < rows.length; r++, at += 1) { // the first byte of a record: " " = not deleted
    const row = rows[r]!;
    for (let i = 0; i < nf; i++) {
      const w = widths[i]!;
      if (direct[i]) {
        const v = row[i] ?? null;
        if (v !== null) {
          const s = typeof v === 'string' ? v : String(v);
          const bytes = encoded[i]?.get(s);
          if (bytes === undefined) writeUtf8(s, out, at, at + w);
          else for (let k = 0; k < bytes.length; k++) out[at + k] = bytes[k]!; // within the width: the width is the longest
        }
      } else {
        const c = prepared[i]![r]!;
        if (c === null) { /* blank */ } else if (typeof c !== 'string') out.set(c.length > w ? c.subarray(0, w) : c, at);
        else if (text[i]) writeUtf8(c, out, at, at + w);
        else for (let k = 0, from = at + w - Math.min(c.length, w); k < c.length && k < w; k++) out[from + k] = c.charCodeAt(k); // numbers right-aligned
      }
      at += w;
    }
  }
  out[out.length - 1] = 0x1a;
  return out;
}

/**
 * Writes text as UTF-8 into out[at, end), stopping before a character that does not fit (as TextEncoder's
 * encodeInto does; a lone surrogate becomes U+FFFD as there), without allocating.
 */
function writeUtf8(s: string, out: Uint8Array, at: number, end: number): void {
  let p = at;
  for (let k = 0; k < s.length; k++) {
    let c = s.charCodeAt(k);
    if (c < 0x80) { if (p >= end) return; out[p++] = c; continue; }
    if (c < 0x800) { if (p + 2 > end) return; out[p++] = 0xc0 | (c >> 6); out[p++] = 0x80 | (c & 63); continue; }
    if (c >= 0xd800 && c < 0xdc00 && k + 1 < s.length) {
      const d = s.charCodeAt(k + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        if (p + 4 > end) return;
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        out[p++] = 0xf0 | (c >> 18); out[p++] = 0x80 | ((c >> 12) & 63); out[p++] = 0x80 | ((c >> 6) & 63); out[p++] = 0x80 | (c & 63);
        k++;
        continue;
      }
    }
    if (c >= 0xd800 && c < 0xe000) c = 0xfffd;
    if (p + 3 > end) return;
    out[p++] = 0xe0 | (c >> 12); out[p++] = 0x80 | ((c >> 6) & 63); out[p++] = 0x80 | (c & 63);
  }
}
