import type { SqlJsStatic } from 'sql.js';

// page-sqlite.ts for the one-file app (build/single-file.ts swaps it in): no SQLite build inside the
// file (its wasm alone is 0.7 MB), so GeoPackage export and import say they need the served app.

export const GEOPACKAGE_AVAILABLE = false;

export function pageSqlite(): Promise<SqlJsStatic> {
  return Promise.reject(new Error('GeoPackage (.gpkg) needs the served app; in this one-file app use GeoJSON, Shapefile or KML · 单文件版不含 GeoPackage，请使用 GeoJSON、Shapefile 或 KML，或使用网页版'));
}
