import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { indicatorColumns, withCityColumns } from '../export/indicator-columns.ts';
import { importedTables } from '../export/imported-tables.ts';
import { loadSqlite } from '../export/sqlite.ts';
import type { ExportTable } from '../export/tables.ts';
import type { Visible } from '../filters/apply.ts';
import { shown } from '../filters/query.ts';
import type { UrlState } from '../filters/state.ts';
import { importedVisible, type ImportContext, type ImportedLayer, type ImportIssue } from '../import/index.ts';
import { parseAnyImport } from '../import/parse-any.ts';
import type { Choropleth } from '../layers/choropleth.ts';
import { layerIndicator, planCities } from '../layers/indicator-map.ts';
import type { Features, Model } from '../model/index.ts';
import { UsageError } from './args.ts';

const where = (i: ImportIssue) => `${i.row === null ? '' : `row ${i.row}: `}${i.field === null ? '' : `${i.field}: `}${i.message_en}`;

/**
 * --import FILE: the analyst's file read as the page's import reads it (CSV, GeoJSON, zipped Shapefile,
 * KML/KMZ, GeoPackage; WGS84; the same limits and row-numbered errors). A file that cannot be imported is a
 * usage error listing its first problems; the import's warnings go to `warn`.
 */
export async function importOfFile(file: string, model: Model, features: Features, warn: (line: string) => void): Promise<ImportedLayer> {
  const flag = `--import "${shown(file, 300)}"`;
  let bytes: Uint8Array;
  try {
    const read = readFileSync(file);
    bytes = new Uint8Array(read.buffer, read.byteOffset, read.byteLength);
  } catch (e) {
    throw new UsageError(`${flag}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  const ctx: ImportContext = { // as the page's import builds it (src/ui/export/use-import.ts)
    cities: model.cities,
    cityShapes: new Map(features.cities.features.map((f) => [f.id, f.geometry])),
    cityPoints: features.cityPoints,
  };
  const result = await parseAnyImport({ name: basename(file), bytes }, ctx, { datum: 'wgs84', sqlite: () => loadSqlite() });
  if (!result.ok) throw new UsageError(`${flag}: ${result.errors.map(where).join('; ')}`);
  for (const w of result.warnings) warn(`warning: ${flag}: ${where(w)}`);
  return result.layer;
}

/** What an imported file adds to an export: the indicator's columns on the cities, and the file's own features as tables. */
export interface ImportedExtras { features: Features; tables: ExportTable[]; choropleth: Choropleth | null }

/**
 * The page's export with that file imported: the URL's indicator (`indicator=`, `indicator2=`, classing…) joins
 * the cities as typed columns, exactly as the page's menu joins them, and the file's visible features become
 * the tables a GeoPackage or KML of every shown layer holds. Warns when the URL names a column the file lacks.
 */
export function importedExtras(layer: ImportedLayer | null, state: UrlState, features: Features, visible: Visible, crs: Parameters<typeof importedTables>[2],
  warn: (line: string) => void): ImportedExtras {
  const column = state.show.indicator.column;
  if (!layer) {
    if (column) warn(`warning: indicator=${shown(column)} needs the file holding that column (--import FILE); the export has the plan's columns only`);
    return { features, tables: [], choropleth: null };
  }
  const { choropleth, numeric } = layerIndicator(layer, state.show.indicator, planCities(features));
  if (column && !choropleth) {
    warn(`warning: indicator=${shown(column)} is not a numeric column of ${shown(layer.name)} (numeric: ${shown(numeric.join(', ')) || 'none'}); the cities get no indicator columns`);
  }
  const ids = importedVisible(layer, { zone: state.filters.zone, cityIds: visible.cityIds });
  return {
    features: choropleth ? withCityColumns(features, indicatorColumns(choropleth)) : features,
    tables: importedTables(layer, ids, crs),
    choropleth,
  };
}
