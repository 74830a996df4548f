import type { SqlJsStatic } from 'sql.js';

export const GEOPACKAGE_AVAILABLE = true; // false in the one-file app (offline-page-sqlite.ts)

let loading: Promise<SqlJsStatic> | null = null;

/** sql.js for the page: its wasm file served by the app (a separate asset, fetched on first GeoPackage use). */
export function pageSqlite(): Promise<SqlJsStatic> {
  loading ??= Promise.all([import('../../export/sqlite.ts'), import('sql.js/dist/sql-wasm-browser.wasm?url')])
    .then(([{ loadSqlite }, { default: url }]) => loadSqlite(url));
  return loading;
}
