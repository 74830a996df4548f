import type { PartialImport } from './partial.ts';
import type { ImportedLayer, ImportIssue, ImportResult } from './schema.ts';

/** A layer on the map, with what was noticed reading it. */
export interface LoadedImport { layer: ImportedLayer; warnings: ImportIssue[] }

/**
 * What became of the imports: nothing yet, a file being read, a layer shown, or a file refused. A file being
 * read or refused keeps the layer already shown (`kept`): a failed import never throws a good layer away.
 */
export type ImportStatus =
  | { kind: 'idle' }
  | { kind: 'busy'; name: string; kept: LoadedImport | null }
  | { kind: 'loaded'; layer: ImportedLayer; warnings: ImportIssue[] }
  | { kind: 'failed'; name: string; errors: ImportIssue[]; kept: LoadedImport | null; partial?: PartialImport };

/** The layer the map shows in this status (a new one, or the one kept while another file is read or refused). */
export function shownImport(status: ImportStatus): LoadedImport | null {
  if (status.kind === 'loaded') return { layer: status.layer, warnings: status.warnings };
  return status.kind === 'idle' ? null : status.kept;
}

/** A file starts being read; the shown layer stays. */
export const importStarted = (status: ImportStatus, name: string): ImportStatus => ({ kind: 'busy', name, kept: shownImport(status) });

/** A file was read (or could not be): its layer replaces the shown one, or its errors are shown beside it. */
export function importFinished(status: ImportStatus, name: string, result: ImportResult): ImportStatus {
  if (result.ok) return { kind: 'loaded', layer: result.layer, warnings: result.warnings };
  return { kind: 'failed', name, errors: result.errors, kept: shownImport(status), ...(result.partial ? { partial: result.partial } : {}) };
}

/** A file could not be read at all (too big, too slow, the worker failed): the shown layer stays. */
export const importRefused = (status: ImportStatus, name: string, errors: ImportIssue[]): ImportStatus =>
  ({ kind: 'failed', name, errors, kept: shownImport(status) });

/** The user keeps the valid rows of a file refused for some of its rows. */
export function keepValidRows(status: ImportStatus): ImportStatus {
  if (status.kind !== 'failed' || !status.partial) return status;
  return { kind: 'loaded', layer: status.partial.layer, warnings: status.partial.warnings };
}

/** The refused file's errors are dismissed: back to the layer kept, if any. */
export function dismissFailure(status: ImportStatus): ImportStatus {
  if (status.kind !== 'failed') return status;
  return status.kept ? { kind: 'loaded', ...status.kept } : { kind: 'idle' };
}
