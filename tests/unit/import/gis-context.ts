import { parseArgs } from '../../../src/cli/args.ts';
import { runExportFile } from '../../../src/cli/export.ts';
import { loadFromDisk } from '../../../src/cli/files.ts';
import { importedTables } from '../../../src/export/imported-tables.ts';
import { writeGeoPackage } from '../../../src/export/gpkg-writer.ts';
import { toKML } from '../../../src/export/kml.ts';
import { tablesToShapefileZip } from '../../../src/export/shp.ts';
import { loadSqlite } from '../../../src/export/sqlite.ts';
import type { ImportDatum } from '../../../src/import/datum.ts';
import type { ImportedLayer } from '../../../src/import/index.ts';
import { parseAnyImport } from '../../../src/import/parse-any.ts';
import { ctx } from './context.ts';

const loaded = loadFromDisk();
const sqlite = loadSqlite();

/** Export with the CLI's flags, import files as the page's worker does, and export an imported layer again. */
export const gisExport = {
  exportBytes: async (argv: string[]) => {
    const out = await runExportFile(parseArgs(argv), () => {}, () => loaded);
    return typeof out === 'string' ? new TextEncoder().encode(out) : out;
  },
  importBytes: (name: string, bytes: Uint8Array, datum: ImportDatum = 'wgs84') =>
    parseAnyImport({ name, bytes }, ctx, { datum, sqlite: () => sqlite }),
  reexport: async (layer: ImportedLayer, format: 'shp' | 'kml' | 'gpkg'): Promise<Uint8Array> => {
    const tables = importedTables(layer, new Set(layer.features.map((f) => f.id)), 'wgs84');
    if (format === 'shp') return tablesToShapefileZip(tables, 'utf-8');
    if (format === 'gpkg') return writeGeoPackage(await sqlite, { features: tables.map((t) => ({ ...t, description: '' })), attributes: [], metadata: [] });
    const visible = { cityIds: new Set(), zoneIds: new Set(), metroIds: new Set(), projectIds: new Set(), counts: { cities: [0, 0], projects: [0, 0] }, key: '' } as never;
    return new TextEncoder().encode(toKML(loaded.model, loaded.features, visible, { layers: [], crs: 'wgs84', cluster: null, extra: tables }));
  },
};
