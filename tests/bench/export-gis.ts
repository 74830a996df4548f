// GeoPackage and Shapefile export of the 100k synthetic projects (issue 18's export_ms_100k_gpkg / _shp).
import type { SqlJsStatic } from 'sql.js';
import { toGeoPackage } from '../../src/export/gpkg.ts';
import { toShapefileZip } from '../../src/export/shp.ts';
import { loadSqlite } from '../../src/export/sqlite.ts';
import { applyFilters } from '../../src/filters/apply.ts';
import { DEFAULT_FILTERS } from '../../src/filters/state.ts';
import type { Features, Model } from '../../src/model/index.ts';
import { median } from './stats.ts';

export interface GisExportResult { runs: number; gpkg: number; shp: number; gpkgFirst: number; shpFirst: number; count: number; gpkgMb: number; shpMb: number }

function time(runs: number, write: () => Uint8Array): { samples: number[]; bytes: number } {
  const collect = (globalThis as { gc?: () => void }).gc;
  const samples: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    collect?.();
    const t0 = performance.now();
    bytes = write().length;
    samples.push(performance.now() - t0);
  }
  return { samples, bytes };
}

/** Medians (and first runs, which pay for compiling sql.js's WebAssembly) of the projects layer as gpkg and as zipped shp. */
export async function gisExportBench(model: Model, features: Features, runs: number, sqlite?: SqlJsStatic): Promise<GisExportResult> {
  const visible = applyFilters(model, DEFAULT_FILTERS);
  const SQL = sqlite ?? (await loadSqlite());
  const gpkg = time(runs, () => toGeoPackage(SQL, model, features, visible, { layers: ['projects'], crs: 'wgs84' }));
  const shp = time(runs, () => toShapefileZip(features, visible, 'projects', { crs: 'wgs84', encoding: 'utf-8' }));
  return {
    runs, gpkg: median(gpkg.samples), shp: median(shp.samples), gpkgFirst: gpkg.samples[0]!, shpFirst: shp.samples[0]!,
    count: visible.projectIds.size, gpkgMb: gpkg.bytes / 1e6, shpMb: shp.bytes / 1e6,
  };
}
