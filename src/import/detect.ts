import { DELIMITERS } from '../model/csv.ts';
import { issue, type Text } from './issues.ts';
import { fileText } from './messages.ts';
import type { ImportFormat, ImportIssue } from './schema.ts';

export type Detected = { ok: true; format: ImportFormat; warnings: ImportIssue[] } | { ok: false; errors: ImportIssue[] };

const JSON_EXTENSIONS = new Set(['geojson', 'json']);
const CSV_EXTENSIONS = new Set(['csv', 'tsv', 'txt']);
/** Formats people reach for that this importer does not read, by extension. */
const UNSUPPORTED: Record<string, string> = {
  kml: 'KML', kmz: 'KMZ', gpx: 'GPX', shp: 'Shapefile', dbf: 'Shapefile', shx: 'Shapefile', zip: 'ZIP',
  xlsx: 'Excel', xls: 'Excel', topojson: 'TopoJSON', gpkg: 'GeoPackage', pbf: 'Protocol Buffers', mbtiles: 'MBTiles',
};

/** GeoJSON or CSV, by extension and by the first non-blank character; other formats are refused by name. */
export function detectFormat(name: string, text: string): Detected {
  const ext = /\.([^./\\]+)$/.exec(name.toLowerCase())?.[1] ?? '';
  const unsupported = UNSUPPORTED[ext];
  if (unsupported !== undefined) return refuse(fileText.unsupported(unsupported));
  const first = text[text.search(/\S/)] ?? '';
  const looksJson = first === '{' || first === '[';
  if (JSON_EXTENSIONS.has(ext)) return found('geojson');
  if (CSV_EXTENSIONS.has(ext)) {
    return looksJson ? found('geojson', [issue(null, null, fileText.jsonNamedCsv())]) : found('csv');
  }
  if (looksJson) return found('geojson');
  if (first === '<') return refuse(fileText.unsupported('XML (KML, GPX)'));
  const headerLine = text.slice(0, 4096).split(/\r?\n|\r/, 1)[0] ?? '';
  if (DELIMITERS.some((d) => headerLine.includes(d))) return found('csv');
  return refuse(fileText.unknownFormat(name));
}

const found = (format: ImportFormat, warnings: ImportIssue[] = []): Detected => ({ ok: true, format, warnings });
const refuse = (text: Text): Detected => ({ ok: false, errors: [issue(null, null, text)] });
