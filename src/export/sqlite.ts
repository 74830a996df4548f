import type { SqlJsStatic } from 'sql.js';

/** Loads the SQLite build (sql.js, WebAssembly) once; the page passes the wasm file's URL, Node finds it itself. */
export async function loadSqlite(wasmUrl?: string): Promise<SqlJsStatic> {
  const { default: initSqlJs } = await import('sql.js');
  return initSqlJs(wasmUrl ? { locateFile: () => wasmUrl } : undefined);
}
