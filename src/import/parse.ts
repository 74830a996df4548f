import { cityLookup } from './city-lookup.ts';
import { csvDrafts } from './csv.ts';
import { decodeImport } from './decode.ts';
import { detectFormat } from './detect.ts';
import { geojsonDrafts } from './geojson.ts';
import { capIssues } from './issues.ts';
import type { ImportContext, ImportInput, ImportResult } from './schema.ts';
import { partialImport } from './partial.ts';
import { settle } from './settle.ts';

/**
 * Reads an analyst's GeoJSON or CSV file into a layer, all or nothing: any error refuses the whole file
 * and lists every error found (at most 200, then "and N more"), offering its valid rows when only some rows failed. Strings stay strings; nothing is treated as HTML.
 */
export function parseImport(input: ImportInput, ctx: ImportContext): ImportResult {
  const decoded = decodeImport(input.bytes);
  if (!decoded.ok) return { ok: false, errors: decoded.errors };
  const detected = detectFormat(input.name, decoded.text);
  if (!detected.ok) return { ok: false, errors: detected.errors };
  const lookup = cityLookup(ctx);
  const read = detected.format === 'geojson' ? geojsonDrafts(decoded.text) : csvDrafts(decoded.text, lookup);
  if (read.errors.length) return { ok: false, errors: capIssues(read.errors), partial: partialImport(read, input.name, detected.format, lookup) };
  const { features, warnings } = settle(read.drafts, lookup);
  return {
    ok: true,
    layer: { name: input.name, format: detected.format, columns: read.columns, features },
    warnings: capIssues([...decoded.warnings, ...detected.warnings, ...read.warnings, ...warnings]),
  };
}
