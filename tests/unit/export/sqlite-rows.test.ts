import { describe, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { insertRows, roomyDatabase, type SqlValue } from '../../../src/export/sqlite-rows.ts';
import { loadSqlite } from '../../../src/export/sqlite.ts';

const ROWS: SqlValue[][] = [
  ['广州市', 1, 0.1, new Uint8Array([1, 2, 3]), null],
  ['é😀x', -7, 2 ** 40, new Uint8Array(0), 'a'],
  ['', 3.5, 1e-300, null, `${'长'.repeat(30_000)}😀`], // longer than the 64 kB buffer: it grows
  [null, null, null, new Uint8Array(70_000).fill(9), 'b\u0000c'],
];

function file(SQL: SqlJsStatic, fast: boolean, room = 0): Uint8Array {
  const db = room ? roomyDatabase(SQL, room) : new SQL.Database();
  try {
    db.run('CREATE TABLE t (fid INTEGER PRIMARY KEY AUTOINCREMENT, a TEXT, b INTEGER, c REAL, g BLOB, d TEXT)');
    db.run('BEGIN');
    const sql = 'INSERT INTO t (a, b, c, g, d) VALUES (?, ?, ?, ?, ?)';
    if (fast) expect(insertRows(SQL, db, sql, ROWS)).toBe('raw');
    else { const s = db.prepare(sql); for (const r of ROWS) s.run(r); s.free(); }
    db.run('COMMIT');
    return db.export();
  } finally {
    db.close();
  }
}

describe('insertRows', () => {
  it('writes the same file as sql.js binding each row itself (text, numbers, blobs, NULL, a long row)', async () => {
    const SQL = await loadSqlite();
    const fast = file(SQL, true);
    expect(Buffer.from(fast).equals(Buffer.from(file(SQL, false)))).toBe(true);
    const db = new SQL.Database(fast);
    const got = db.exec('SELECT a, b, c, length(g), d, typeof(b), typeof(c) FROM t ORDER BY fid')[0]!.values;
    db.close();
    expect(got[0]).toEqual(['广州市', 1, 0.1, 3, null, 'integer', 'real']);
    expect(got[1]).toEqual(['é😀x', -7, 2 ** 40, 0, 'a', 'integer', 'real']);
    expect(got[2]![4]).toBe(`${'长'.repeat(30_000)}😀`);
    expect(got[3]![3]).toBe(70_000);
  });
});

describe('roomyDatabase', () => {
  it('gives the same file as a new database, whether its room is too much or too little', async () => {
    const SQL = await loadSqlite();
    const plain = Buffer.from(file(SQL, true));
    for (const room of [1 << 20, 20_000]) expect(plain.equals(Buffer.from(file(SQL, true, room)))).toBe(true);
  });
});
