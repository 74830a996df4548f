import type { Adcode } from '../model/ids.ts';
import type { ImportGeometry, ImportIssue, PropertyValue } from './schema.ts';

/** A row or feature that passed its own checks, before cities, zones and ids are settled. */
export interface Draft {
  row: number;
  geometry: ImportGeometry;
  cityFromColumn: Adcode | null;                   // located by a city column: the city is given, not looked up
  named: { field: string; value: string } | null; // a city cell beside coordinates, cross-checked with the point
  ownId: string | null;                            // the file's own id for this row, if any
  properties: Record<string, PropertyValue>;
}

/** What a format reader hands on: drafts, or errors (all of them), and warnings either way. */
export interface Drafted {
  drafts: Draft[];
  columns: string[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
}
