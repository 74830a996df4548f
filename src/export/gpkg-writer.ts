import type { Database, SqlJsStatic } from 'sql.js';
import type { Column, ExportTable, Value } from './tables.ts';
import { bboxOf } from './tables.ts';
import { insertRows, roomyDatabase, sizeHint, type SqlValue } from './sqlite-rows.ts';
import { gpkgBlobs } from './wkb.ts';

/** A table without geometry (GeoPackage "attributes"). */
export interface AttributeTable { name: string; description: string; columns: Column[]; rows: Value[][] }

export interface GeoPackageInput {
  features: (ExportTable & { description: string })[];
  attributes: AttributeTable[];
  metadata: [string, string][]; // dataset metadata, written as GDAL metadata items
}

// No clock anywhere, so the same input gives the same bytes (page and CLI alike).
const STAMP = '2021-01-01T00:00:00.000Z';
const SRS_ID = 4326;
const WGS84_WKT = 'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]';
const SQL_TYPE = { text: 'TEXT', integer: 'INTEGER', real: 'REAL' } as const;
const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// OGC GeoPackage 1.3 core tables (Annex C), plus the metadata extension (F.8).
const CORE = `
CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL, min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), CONSTRAINT uk_gc_table_name UNIQUE (table_name), CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name), CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
CREATE TABLE gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
CREATE TABLE gpkg_metadata (id INTEGER CONSTRAINT m_pk PRIMARY KEY ASC NOT NULL, md_scope TEXT NOT NULL DEFAULT 'dataset', md_standard_uri TEXT NOT NULL, mime_type TEXT NOT NULL DEFAULT 'text/xml', metadata TEXT NOT NULL DEFAULT '');
CREATE TABLE gpkg_metadata_reference (reference_scope TEXT NOT NULL, table_name TEXT, column_name TEXT, row_id_value INTEGER, timestamp DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), md_file_id INTEGER NOT NULL, md_parent_id INTEGER, CONSTRAINT crmr_mfi_fk FOREIGN KEY (md_file_id) REFERENCES gpkg_metadata(id), CONSTRAINT crmr_mpi_fk FOREIGN KEY (md_parent_id) REFERENCES gpkg_metadata(id));
`;

function createCore(db: Database): void {
  db.run('PRAGMA application_id = 1196444487'); // "GPKG"
  db.run('PRAGMA user_version = 10300');        // GeoPackage 1.3.0
  db.exec(CORE);
  const srs = db.prepare('INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)');
  srs.run(['Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system']);
  srs.run(['Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system']);
  srs.run(['WGS 84 geodetic', SRS_ID, 'EPSG', 4326, WGS84_WKT, 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid']);
  srs.free();
  // the extension's definition is an identifier the OGC spec prescribes (a name, never fetched)
  // the extension's definition as the GeoPackage standard names it: an identifier written into the file, never fetched
  const ext = db.prepare("INSERT INTO gpkg_extensions VALUES (?, NULL, 'gpkg_metadata', 'http://www.geopackage.org/spec121/#extension_metadata', 'read-write')");
  for (const t of ['gpkg_metadata', 'gpkg_metadata_reference']) ext.run([t]);
  ext.free();
}

function createTable(db: Database, name: string, columns: Column[], geometry: string | null): void {
  const cols = [`fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL`, ...(geometry ? [`geom ${geometry}`] : []),
    ...columns.map((c) => `${q(c.name)} ${SQL_TYPE[c.type]}`)];
  db.run(`CREATE TABLE ${q(name)} (${cols.join(', ')})`);
}

function insertAll(SQL: SqlJsStatic, db: Database, name: string, columns: Column[], rows: Iterable<SqlValue[]>, withGeometry: boolean): void {
  const names = [...(withGeometry ? ['geom'] : []), ...columns.map((c) => c.name)];
  insertRows(SQL, db, `INSERT INTO ${q(name)} (${names.map(q).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`, rows);
}

/** The GeoPackage file (SQLite bytes) for the given tables; the same input gives the same bytes. */
export function writeGeoPackage(SQL: SqlJsStatic, input: GeoPackageInput): Uint8Array {
  const blobs = input.features.map((t) => gpkgBlobs(t.rows.map((r) => r.geometry), SRS_ID));
  const rows = input.features.map((t, k) => t.rows.map((r, i): SqlValue[] => [blobs[k]![i]!, ...r.values]));
  const hint = rows.reduce((n, r) => n + sizeHint(r), 0) + input.attributes.reduce((n, t) => n + sizeHint(t.rows), 0);
  const db = roomyDatabase(SQL, (1 << 16) + hint);
  try {
    // nothing to roll back and room for every page until the commit: the same file, written once (no journal,
    // no pages spilled and rewritten); neither setting is stored in the file
    db.run('PRAGMA journal_mode = OFF');
    db.run('PRAGMA cache_size = -65536');
    createCore(db);
    db.run('BEGIN');
    const contents = db.prepare('INSERT INTO gpkg_contents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    input.features.forEach((t, k) => {
      createTable(db, t.name, t.columns, t.geometry);
      insertAll(SQL, db, t.name, t.columns, rows[k]!, true);
      const box = t.rows.reduce<number[] | null>((b, r) => {
        const g = bboxOf(r.geometry);
        return !g ? b : !b ? g : [Math.min(b[0]!, g[0]), Math.min(b[1]!, g[1]), Math.max(b[2]!, g[2]), Math.max(b[3]!, g[3])];
      }, null);
      contents.run([t.name, 'features', t.name, t.description, STAMP, box?.[0] ?? null, box?.[1] ?? null, box?.[2] ?? null, box?.[3] ?? null, SRS_ID]);
      db.run('INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, ?, 0, 0)', [t.name, 'geom', t.geometry, SRS_ID]);
    });
    for (const t of input.attributes) {
      createTable(db, t.name, t.columns, null);
      insertAll(SQL, db, t.name, t.columns, t.rows, false);
      contents.run([t.name, 'attributes', t.name, t.description, STAMP, null, null, null, null, null]);
    }
    contents.free();
    const items = input.metadata.map(([k, v]) => `<MDI key="${xml(k)}">${xml(v)}</MDI>`).join('');
    db.run("INSERT INTO gpkg_metadata VALUES (1, 'dataset', 'http://gdal.org', 'text/xml', ?)", [`<GDALMultiDomainMetadata><Metadata>${items}</Metadata></GDALMultiDomainMetadata>`]);
    db.run("INSERT INTO gpkg_metadata_reference VALUES ('geopackage', NULL, NULL, NULL, ?, 1, NULL)", [STAMP]);
    db.run('COMMIT');
    return db.export();
  } finally {
    db.close();
  }
}
