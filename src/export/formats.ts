import type { SqlJsStatic } from 'sql.js';
import type { Visible } from '../filters/apply.ts';
import type { ClusterId, Features, Model } from '../model/index.ts';
import type { ExportCrs } from './crs.ts';
import type { TextEncoding } from './gbk.ts';
import { EXPORT_LAYERS, type ExportLayer } from './select.ts';
import type { ExportTable } from './tables.ts';

export const EXPORT_FORMATS = ['geojson', 'csv', 'gpkg', 'shp', 'kml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What to export: the same choices on the page's menu and the CLI's flags. */
export interface ExportChoice {
  format: ExportFormat;
  layer: ExportLayer | 'imported' | null; // null: gpkg and kml hold every layer the filters show (others: cities)
  crs: ExportCrs;
  encoding: TextEncoding;    // shp
  bom: boolean;              // csv
}

export const FILE_TYPE: Record<ExportFormat, { ext: string; mime: string }> = {
  geojson: { ext: 'geojson', mime: 'application/geo+json' },
  csv: { ext: 'csv', mime: 'text/csv;charset=utf-8' },
  gpkg: { ext: 'gpkg', mime: 'application/geopackage+sqlite3' },
  shp: { ext: 'zip', mime: 'application/zip' },
  kml: { ext: 'kml', mime: 'application/vnd.google-earth.kml+xml' },
};

/** What the map shows that an export follows: its switched-on layers, and the cluster cities are coloured by (KML). */
export interface Shown { layers: readonly string[]; cluster: ClusterId | null }

/** The plan layers the map shows, in export order. */
export const shownLayers = (shown: Shown): ExportLayer[] => EXPORT_LAYERS.filter((l) => shown.layers.includes(l));

/** The export's text or bytes; each format's module is loaded on first use (the page's first view needs none). */
export async function exportFile(choice: ExportChoice, model: Model, features: Features, visible: Visible, shown: Shown,
  sqlite: () => Promise<SqlJsStatic>, imported: ExportTable[] = []): Promise<string | Uint8Array> {
  if (choice.layer === 'imported') {
    if (choice.format === 'shp') return (await import('./shp.ts')).tablesToShapefileZip(imported, choice.encoding);
    if (choice.format !== 'gpkg' && choice.format !== 'kml') throw new Error(`exportFile: ${choice.format} of an imported layer is importedToGeoJSON / importedToCSV`);
  }
  const layer = choice.layer === null || choice.layer === 'imported' ? 'cities' : choice.layer;
  const layers = choice.layer === 'imported' ? [] : choice.layer ? [choice.layer] : shownLayers(shown);
  // the imported layer goes into a gpkg or kml of every shown layer, or on its own
  const extra = choice.layer === null || choice.layer === 'imported' ? imported : [];
  switch (choice.format) {
    case 'geojson': return (await import('./geojson.ts')).toGeoJSONBytes(model, features, visible, layer, choice.crs);
    case 'csv': return (await import('./csv.ts')).toCSV(features, visible, layer, { bom: choice.bom, crs: choice.crs });
    case 'shp': return (await import('./shp.ts')).toShapefileZip(features, visible, layer, { crs: choice.crs, encoding: choice.encoding });
    case 'kml': return (await import('./kml.ts')).toKML(model, features, visible, { layers, crs: choice.crs, cluster: shown.cluster, extra });
    case 'gpkg': return (await import('./gpkg.ts')).toGeoPackage(await sqlite(), model, features, visible, { layers, crs: choice.crs, extra });
  }
}
