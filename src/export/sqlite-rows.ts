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

/**
 * A new, empty database whose file in sql.js's in-memory file system already has room for about `bytes`.
 * sql.js grows that file by 1/8 at a time past 1 MB, copying it each time (about 27 copies and 225 MB of
 * buffers for a 25 MB GeoPackage, and the garbage collections they set off). The file starts as the first page
 * of an empty database followed by zeros: SQLite reads the database's size from that page's header, never from
 * the file's length, and export() copies only the database's pages, so the bytes written are the same.
 */
export function roomyDatabase(SQL: SqlJsStatic, bytes: number): Database {
  const seed = new SQL.Database();
  let first: Uint8Array;
  try {
    seed.run('PRAGMA user_version = 0'); // writes the first page: a valid, empty database
    first = seed.export();
  } finally {
    seed.close();
  }
  if (bytes <= first.length) return new SQL.Database();
  const file = new Uint8Array(bytes); // untouched zeros: the system maps the pages only when SQLite writes them
  file.set(first);
  return new SQL.Database(file);
}

/**
 * About how many bytes rows take in a SQLite file: a character as a byte, a few bytes of header a value and a
 * row, a quarter more for the B-tree's pages. Near is what counts: room never written is still copied once
 * by sql.js (a hint of twice the size was slower than none), and too little only means a growth or two.
 */
export function sizeHint(rows: Iterable<readonly SqlValue[]>): number {
  let n = 0;
  for (const row of rows) {
    n += 8;
    for (const v of row) n += 2 + (typeof v === 'string' ? v.length : v instanceof Uint8Array ? v.length : 0);
  }
  return Math.ceil(1.25 * n);
}
