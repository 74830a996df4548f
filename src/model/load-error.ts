import type { z } from 'zod';

/** A data file that failed validation, located to file, record and field. */
export interface LoadError {
  file: string;
  record: string | null; // index or id of the offending record
  field: string | null;  // dotted path inside the record
  message: string;
}

export function formatLoadError(e: LoadError): string {
  const where = [e.file, e.record !== null ? `record ${e.record}` : null, e.field !== null ? `field ${e.field}` : null]
    .filter(Boolean).join(' › ');
  return `${where}: ${e.message}`;
}

/** Turns the first zod issue into a LoadError; path[0] is the record index for array files. */
export function fromZodError(file: string, error: z.ZodError, records?: unknown[]): LoadError {
  const issue = error.issues[0]!;
  const [head, ...rest] = issue.path;
  const index = typeof head === 'number' ? head : null;
  const record = index === null ? null : recordLabel(records?.[index], index);
  const fieldPath = index === null ? issue.path : rest;
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more issue(s))` : '';
  return {
    file,
    record,
    field: fieldPath.length ? fieldPath.map(String).join('.') : null,
    message: issue.message + more,
  };
}

function recordLabel(record: unknown, index: number): string {
  const id = record && typeof record === 'object' && 'id' in record ? (record as { id: unknown }).id : undefined;
  return typeof id === 'string' ? `${index} (${id})` : String(index);
}
