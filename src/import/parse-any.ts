import type { SqlJsStatic } from 'sql.js';
import { cityLookup } from './city-lookup.ts';
import { csvDrafts } from './csv.ts';
import { toWgs84Drafts, type ImportDatum } from './datum.ts';
import { decodeImport } from './decode.ts';
import { detectFormat } from './detect.ts';
import type { Drafted } from './draft.ts';
import { geojsonDrafts } from './geojson.ts';
import { gisFormatOf, readGeoPackage, readKml, readShapefileZip, type GisRead } from './gis-read.ts';
import { capIssues, issue } from './issues.ts';
import { MAX_BYTES } from './limits.ts';
import type { ImportContext, ImportFormat, ImportInput, ImportIssue, ImportResult } from './schema.ts';
import { partialImport } from './partial.ts';
import { settle } from './settle.ts';

export interface ImportOptions {
  datum: ImportDatum;                  // the file's coordinates: WGS84, or GCJ-02 to be converted
  sqlite: () => Promise<SqlJsStatic>;  // sql.js, for GeoPackages (the page passes its wasm URL)
}

/**
 * Any importable file — GeoJSON, CSV, zipped Shapefiles, KML/KMZ or GeoPackage — into a layer, all or
 * nothing, with the same limits and row-numbered errors as parseImport (GIS files are read to GeoJSON
 * features first; a row is a feature's position in the file).
 */
export async function parseAnyImport(input: ImportInput, ctx: ImportContext, options: ImportOptions): Promise<ImportResult> {
  const gis = input.bytes.byteLength > MAX_BYTES ? null : gisFormatOf(input.name, input.bytes);
  let format: ImportFormat;
  let read: Drafted;
  const warnings: ImportIssue[] = [];
  const lookup = cityLookup(ctx);
  if (gis) {
    const got: GisRead = gis === 'gpkg' ? readGeoPackage(await options.sqlite(), input.bytes)
      : gis === 'kml' ? await readKml(input.bytes) : await readShapefileZip(input.bytes);
    if (!got.ok) return { ok: false, errors: [issue(null, null, { zh: got.zh, en: got.en })] };
    warnings.push(...got.notes.map((n) => issue(null, null, n)));
    format = gis;
    read = geojsonDrafts(JSON.stringify(got.collection));
  } else {
    const decoded = decodeImport(input.bytes);
    if (!decoded.ok) return { ok: false, errors: decoded.errors };
    const detected = detectFormat(input.name, decoded.text);
    if (!detected.ok) return { ok: false, errors: detected.errors };
    warnings.push(...decoded.warnings, ...detected.warnings);
    format = detected.format;
    read = detected.format === 'geojson' ? geojsonDrafts(decoded.text) : csvDrafts(decoded.text, lookup);
  }
  if (read.errors.length) {
    return { ok: false, errors: capIssues(read.errors), partial: partialImport(read, input.name, format, lookup, (d) => toWgs84Drafts(d, options.datum)) };
  }
  const settled = settle(toWgs84Drafts(read.drafts, options.datum), lookup);
  return {
    ok: true,
    layer: { name: input.name, format, columns: read.columns, features: settled.features },
    warnings: capIssues([...warnings, ...read.warnings, ...settled.warnings]),
  };
}
