import type { Database, SqlJsStatic, Statement } from 'sql.js';

/** One value of an inserted row: text, a number, a blob (geometry) or NULL. */
export type SqlValue = string | number | Uint8Array | null;

/** The low-level SQLite calls sql.js's build exports on its module (sql.js 1.17, pinned): what the fast path needs. */
interface RawSqlite {
  _malloc(size: number): number;
  _free(ptr: number): void;
  writeArrayToMemory(array: Uint8Array, ptr: number): void;
  _sqlite3_bind_text(stmt: number, index: number, ptr: number, bytes: number, destructor: number): number;
  _sqlite3_bind_blob(stmt: number, index: number, ptr: number, bytes: number, destructor: number): number;
  _sqlite3_bind_int(stmt: number, index: number, value: number): number;
  _sqlite3_bind_double(stmt: number, index: number, value: number): number;
  _sqlite3_step(stmt: number): number;
  _sqlite3_reset(stmt: number): number;
}
const RAW_CALLS = ['_malloc', '_free', 'writeArrayToMemory', '_sqlite3_bind_text', '_sqlite3_bind_blob', '_sqlite3_bind_int',
  '_sqlite3_bind_double', '_sqlite3_step', '_sqlite3_reset'] as const;
const SQLITE_DONE = 101;
const SQLITE_STATIC = 0; // the bound bytes stay put until the step: SQLite need not copy them

/** sql.js keeps its prepared statements in a map on the database keyed by their handle; find this one's handle. */
function handleOf(db: Database, stmt: Statement): number | null {
  for (const value of Object.values(db as unknown as Record<string, unknown>)) {
    if (!value || typeof value !== 'object') continue;
    for (const [key, s] of Object.entries(value)) if (s === stmt && /^\d+$/.test(key)) return Number(key);
  }
  return null;
}

const utf8 = new TextEncoder();

/**
 * Inserts rows with one prepared statement. sql.js's `Statement.run` allocates and frees wasm memory for
 * every text value (about 1.5 million calls for 100k projects); here each row's text and blobs are encoded
 * into one reused buffer, copied into wasm memory once, and bound where they lie (SQLITE_STATIC). The values
 * bound are the same as `run` binds (text as UTF-8, int32 numbers as integers, other numbers as doubles,
 * null as NULL), so the file's bytes are the same (but for a lone surrogate, which becomes U+FFFD here and
 * invalid UTF-8 there); without those exports it falls back to `run`. Returns which path it took.
 */
export function insertRows(SQL: SqlJsStatic, db: Database, sql: string, rows: Iterable<readonly SqlValue[]>): 'raw' | 'run' {
  const stmt = db.prepare(sql);
  try {
    const raw = SQL as unknown as Partial<RawSqlite>;
    const handle = RAW_CALLS.every((k) => typeof raw[k] === 'function') ? handleOf(db, stmt) : null;
    if (handle === null) {
      for (const row of rows) stmt.run(row as SqlValue[]);
      return 'run';
    }
    insertRaw(raw as RawSqlite, handle, rows);
    return 'raw';
  } finally {
    stmt.free();
  }
}

function insertRaw(raw: RawSqlite, stmt: number, rows: Iterable<readonly SqlValue[]>): void {
  let size = 1 << 16;
  let scratch = new Uint8Array(size);
  let ptr = raw._malloc(size);
  const starts: number[] = [];
  try {
    for (const row of rows) {
      let at = 0;
      for (let i = 0; i < row.length; i++) {
        const v = row[i];
        const need = typeof v === 'string' ? 3 * v.length : v instanceof Uint8Array ? v.length : 0;
        if (at + need > size) { // grow the buffer (a long text or a big polygon)
          while (at + need > size) size *= 2;
          const next = new Uint8Array(size);
          next.set(scratch.subarray(0, at));
          scratch = next;
          raw._free(ptr);
          ptr = raw._malloc(size);
        }
        starts[i] = at;
        if (typeof v === 'string') at += utf8.encodeInto(v, scratch.subarray(at)).written;
        else if (v instanceof Uint8Array) { scratch.set(v, at); at += v.length; }
      }
      raw.writeArrayToMemory(scratch.subarray(0, at), ptr);
      for (let i = 0; i < row.length; i++) {
        const v = row[i];
        const next = i + 1 < row.length ? starts[i + 1]! : at;
        let rc: number;
        if (typeof v === 'string') rc = raw._sqlite3_bind_text(stmt, i + 1, ptr + starts[i]!, next - starts[i]!, SQLITE_STATIC);
        else if (typeof v === 'number') rc = v === (v | 0) ? raw._sqlite3_bind_int(stmt, i + 1, v) : raw._sqlite3_bind_double(stmt, i + 1, v);
        else if (v instanceof Uint8Array) rc = raw._sqlite3_bind_blob(stmt, i + 1, ptr + starts[i]!, v.length, SQLITE_STATIC);
        else rc = raw._sqlite3_bind_blob(stmt, i + 1, 0, 0, SQLITE_STATIC); // NULL, as sql.js binds it
        if (rc !== 0) throw new Error(`sqlite: binding column ${i + 1} failed (${rc})`);
      }
      const rc = raw._sqlite3_step(stmt);
      raw._sqlite3_reset(stmt);
      if (rc !== SQLITE_DONE) throw new Error(`sqlite: insert failed (${rc})`);
    }
  } finally {
    raw._free(ptr);
  }
}
