import { MAX_ISSUES, MAX_ROWS_NAMED } from './limits.ts';
import type { ImportIssue } from './schema.ts';

/** A message in both languages. */
export interface Text { zh: string; en: string }

/** Builds an issue located to a row and field (either may be null). */
export function issue(row: number | null, field: string | null, text: Text): ImportIssue {
  return { row, field, message_zh: text.zh, message_en: text.en };
}

/** File-level issues first, then by row; at most `max` listed, then one "and N more". */
export function capIssues(issues: ImportIssue[], max = MAX_ISSUES): ImportIssue[] {
  const sorted = [...issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  if (sorted.length <= max) return sorted;
  const more = sorted.length - max;
  return [
    ...sorted.slice(0, max),
    issue(null, null, { zh: `另有 ${more} 个问题未列出。`, en: `and ${more} more not listed.` }),
  ];
}

/** Text from the file, cut short for a message. */
export function clip(value: string, max = 60): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

/** Row numbers for a message: "2, 5, 9" or "2, 5, … (+98)". */
export function rowList(rows: readonly number[]): string {
  const named = rows.slice(0, MAX_ROWS_NAMED).join(', ');
  return rows.length > MAX_ROWS_NAMED ? `${named}, … (+${rows.length - MAX_ROWS_NAMED})` : named;
}

/** Collects rows per field, then emits one warning per field naming its rows. */
export class RowsByField {
  private readonly rows = new Map<string, number[]>();

  add(field: string, row: number): void {
    const list = this.rows.get(field);
    if (list) { if (list[list.length - 1] !== row) list.push(row); } else this.rows.set(field, [row]);
  }

  issues(text: (rows: string, count: number) => Text): ImportIssue[] {
    return [...this.rows].map(([field, rows]) => issue(null, field, text(rowList(rows), rows.length)));
  }
}
