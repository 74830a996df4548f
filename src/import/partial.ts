import type { CityLookup } from './city-lookup.ts';
import type { Draft, Drafted } from './draft.ts';
import { capIssues, issue, rowList } from './issues.ts';
import type { ImportedLayer, ImportFormat, ImportIssue } from './schema.ts';
import { settle } from './settle.ts';

/** What a refused file can still give: its valid rows as a layer, and the rows left out with their reasons. */
export interface PartialImport {
  layer: ImportedLayer;
  warnings: ImportIssue[];
  skipped: number[];        // the rows left out, in file order
}

/**
 * The valid rows of a file refused for errors in some of its rows: offered only when every error names a
 * row (a file-wide problem — swapped or projected coordinates, an unreadable file — leaves nothing to keep)
 * and at least one row is left. A row with any error is left out whole.
 */
export function partialImport(
  read: Drafted, name: string, format: ImportFormat, lookup: CityLookup, prepare: (drafts: Draft[]) => Draft[] = (d) => d,
): PartialImport | undefined {
  if (!read.errors.length || read.errors.some((e) => e.row === null)) return undefined;
  const bad = new Set(read.errors.map((e) => e.row!));
  const kept = read.drafts.filter((d) => !bad.has(d.row));
  if (!kept.length) return undefined;
  const settled = settle(prepare(kept), lookup);
  const skipped = [...bad].sort((a, b) => a - b);
  const note = issue(null, null, {
    zh: `只导入了有效的 ${kept.length} 行；跳过 ${skipped.length} 行：${rowList(skipped)}（原因见下）。`,
    en: `Only the ${kept.length} valid rows were imported; ${skipped.length} skipped: ${rowList(skipped)} (reasons below).`,
  });
  return {
    layer: { name, format, columns: read.columns, features: settled.features },
    warnings: capIssues([note, ...read.errors, ...read.warnings, ...settled.warnings]),
    skipped,
  };
}
