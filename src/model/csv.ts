// The one CSV reader: the plan's ranks.csv (src/model/load.ts), a user's imported file (src/import/csv.ts) and the
// tests that read exports all split text with it.

/** The delimiters a header line may use. */
export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

const CODES = DELIMITERS.map((d) => d.charCodeAt(0));
const HEADER_SCAN = 1 << 16; // a header longer than this is judged by its start

/** Picks the delimiter that splits the header line (outside quotes) most often; comma when none does. */
export function detectDelimiter(text: string): Delimiter {
  const counts = DELIMITERS.map(() => 0);
  let quoted = false;
  for (let i = 0, n = Math.min(text.length, HEADER_SCAN); i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (!quoted && (c === 0x0a || c === 0x0d)) break;
    else if (!quoted) { const k = CODES.indexOf(c); if (k !== -1) counts[k]!++; }
  }
  let best = 0;
  for (let k = 1; k < counts.length; k++) if (counts[k]! > counts[best]!) best = k;
  return DELIMITERS[best]!;
}

export type CsvRecords = { ok: true; records: string[][] } | { ok: false; row: number };

/**
 * Splits RFC 4180 text into records (quoted fields, doubled quotes, CRLF, LF or CR). Record n is row n + 1,
 * blank lines included, so rows match a spreadsheet's. An unclosed quote fails at the row where it opened.
 */
export function splitCsv(text: string, delimiter: Delimiter): CsvRecords {
  const records: string[][] = [];
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let value = '';
    if (text.charCodeAt(i) === 0x22) {
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q === -1) return { ok: false, row: records.length + 1 };
        value += text.slice(from, q);
        if (text.charCodeAt(q + 1) !== 0x22) { i = q + 1; break; }
        value += '"';
        from = q + 2;
      }
    }
    // unquoted text, or anything after a closing quote, runs to the next delimiter or line end
    let end = i;
    for (let c = text.charCodeAt(end); end < n && c !== d && c !== 0x0a && c !== 0x0d; c = text.charCodeAt(++end));
    row.push(value + text.slice(i, end));
    i = end;
    if (i >= n) { records.push(row); break; }
    if (text.charCodeAt(i) === d) { i++; continue; }
    i += text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
    records.push(row);
    row = [];
    if (i >= n) break;
  }
  return { ok: true, records };
}

/** Comma-separated text (a leading BOM dropped) as rows of cells, or the row where an unclosed quote opened. */
export function parseCsv(text: string): CsvRecords {
  return splitCsv(text.startsWith('\uFEFF') ? text.slice(1) : text, ',');
}
