import type { Feature, FeatureCollection, Geometry, MultiPolygon } from 'geojson';
import type { SqlJsStatic } from 'sql.js';
import { unzipSync } from 'fflate';
import { fromGpkgBlob } from './wkb-read.ts';

export type GisFormat = 'shp' | 'kml' | 'kmz' | 'gpkg';
/** A GIS file read as GeoJSON, with notes (warnings) in both languages, or why it could not be read. */
export type GisRead = { ok: true; collection: FeatureCollection; notes: { zh: string; en: string }[] } | { ok: false; zh: string; en: string };

const startsWith = (b: Uint8Array, s: string) => [...s].every((c, i) => b[i] === c.charCodeAt(0));

/** Which GIS format a file is, by its bytes first and its extension second; null for GeoJSON/CSV text. */
export function gisFormatOf(name: string, bytes: Uint8Array): GisFormat | null {
  const ext = /\.([^./\\]+)$/.exec(name.toLowerCase())?.[1] ?? '';
  if (startsWith(bytes, 'SQLite format 3\0')) return 'gpkg';
  if (startsWith(bytes, 'PK\x03\x04')) return ext === 'kmz' ? 'kmz' : 'shp'; // a .zip: shapefiles (or a KMZ, found by its .kml)
  if (ext === 'kml') return 'kml';
  if (ext === 'gpkg' || ext === 'kmz' || ext === 'zip') return ext === 'gpkg' ? 'gpkg' : ext === 'kmz' ? 'kmz' : 'shp'; // damaged: its reader says so
  return null;
}

const fail = (zh: string, en: string): GisRead => ({ ok: false, zh, en });

/** Geometries the importer takes (Point, LineString, Polygon, MultiPolygon) from the shapes GIS files use for them. */
function simplify(g: Geometry | null): Geometry | null {
  if (!g) return g;
  if ((g.type === 'MultiLineString' || g.type === 'MultiPoint') && g.coordinates.length === 1) {
    return g.type === 'MultiPoint' ? { type: 'Point', coordinates: g.coordinates[0]! } : { type: 'LineString', coordinates: g.coordinates[0]! };
  }
  if (g.type !== 'GeometryCollection') return g;
  const parts = g.geometries.map(simplify).filter((p): p is Geometry => p !== null);
  if (parts.length === 1) return parts[0]!;
  if (parts.every((p) => p.type === 'Polygon' || p.type === 'MultiPolygon')) {
    return { type: 'MultiPolygon', coordinates: parts.flatMap((p) => (p.type === 'Polygon' ? [p.coordinates] : (p as MultiPolygon).coordinates)) };
  }
  return g;
}
const simplified = (fc: FeatureCollection): FeatureCollection => ({ type: 'FeatureCollection', features: fc.features.map((f) => ({ ...f, geometry: simplify(f.geometry) as Geometry })) });

/** Zipped shapefiles (every .shp in the ZIP), text in the .cpg's encoding, else UTF-8 if valid, else GBK. */
export async function readShapefileZip(bytes: Uint8Array): Promise<GisRead> {
  let files: Record<string, Uint8Array>;
  try { files = unzipSync(bytes); } catch { return fail('ZIP 文件已损坏，无法解压。', 'The ZIP file is damaged and cannot be unpacked.'); }
  const names = Object.keys(files).filter((n) => !n.includes('__MACOSX'));
  const kml = names.find((n) => n.toLowerCase().endsWith('.kml'));
  if (kml) return readKml(files[kml]!);
  const shps = names.filter((n) => n.toLowerCase().endsWith('.shp')).sort();
  if (!shps.length) return fail('ZIP 中没有 .shp 文件。', 'The ZIP holds no .shp file.');
  const { default: getShapefile } = await import('shpjs');
  const text = new TextDecoder();
  const full = fullNames(files['fields.csv'] ? text.decode(files['fields.csv']) : '');
  const notes: { zh: string; en: string }[] = [];
  const features: Feature[] = [];
  for (const shp of shps) {
    const base = shp.slice(0, -4);
    const part = (ext: string) => files[names.find((n) => n.toLowerCase() === `${base.toLowerCase()}.${ext}`) ?? ''];
    const dbf = part('dbf');
    if (!dbf) return fail(`${shp} 缺少 .dbf 属性文件。`, `${shp} has no .dbf attribute file.`);
    let cpg = part('cpg') ? text.decode(part('cpg')).trim() : '';
    if (!cpg) {
      cpg = dbf[29] === 0x4d || !validUtf8(dbf) ? 'gbk' : 'utf-8';
      if (cpg === 'gbk') notes.push({ zh: `${shp} 没有 .cpg 编码文件，已按 GBK 读取，请核对中文。`, en: `${shp} has no .cpg encoding file; it was read as GBK. Check the Chinese text.` });
    }
    let read: FeatureCollection;
    try {
      const prj = part('prj');
      read = await getShapefile({ shp: part('shp')!, dbf, cpg, ...(prj ? { prj: text.decode(prj) } : {}) }) as FeatureCollection;
    } catch (e) {
      return fail(`${shp} 无法读取：${String(e)}`, `${shp} could not be read: ${String(e)}`);
    }
    const names2 = full.get(base.split('/').pop()!) ?? new Map<string, string>();
    for (const f of read.features) {
      f.properties = Object.fromEntries(Object.entries(f.properties ?? {}).map(([k, v]) => [names2.get(k) ?? k, typeof v === 'string' && v.trim() === '' ? null : v]));
      features.push(f);
    }
  }
  if (shps.length > 1) notes.push({ zh: `合并了 ${shps.length} 个 Shapefile：${shps.join('、')}。`, en: `${shps.length} shapefiles were merged: ${shps.join(', ')}.` });
  return { ok: true, collection: simplified({ type: 'FeatureCollection', features }), notes };
}

/** fields.csv (written by our Shapefile export): file → short name → full name. */
function fullNames(csv: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const [file, short, name] = line.split(',');
    if (!file || !short || !name) continue;
    if (!out.has(file)) out.set(file, new Map());
    out.get(file)!.set(short, name);
  }
  return out;
}

function validUtf8(bytes: Uint8Array): boolean {
  try { new TextDecoder('utf-8', { fatal: true }).decode(bytes); return true; } catch { return false; }
}

// the properties togeojson derives from KML styles: not the analyst's data
const STYLE_KEYS = /^(styleUrl|styleHash|styleMapHash|stroke|stroke-opacity|stroke-width|fill|fill-opacity|icon|icon-.*|label-.*|visibility|timespan|timestamp)$/;

/** KML text (UTF-8) → features; names, descriptions and ExtendedData become properties. */
export async function readKml(bytes: Uint8Array): Promise<GisRead> {
  const [{ kml }, { DOMParser }] = await Promise.all([import('@tmcw/togeojson'), import('@xmldom/xmldom')]);
  let doc: Document;
  try {
    const errors: string[] = [];
    doc = new DOMParser({ onError: (level, message) => { if (level !== 'warning') errors.push(message); } })
      .parseFromString(new TextDecoder().decode(bytes), 'text/xml') as unknown as Document;
    if (errors.length) return fail(`KML 不是有效的 XML：${errors[0]}`, `The KML is not valid XML: ${errors[0]}`);
  } catch (e) {
    return fail(`KML 不是有效的 XML：${String(e)}`, `The KML is not valid XML: ${String(e)}`);
  }
  const collection = kml(doc) as FeatureCollection;
  const features = collection.features.filter((f) => f.geometry).map((f) => ({
    ...f, properties: Object.fromEntries(Object.entries(f.properties ?? {}).filter(([k]) => !STYLE_KEYS.test(k))),
  }));
  const dropped = collection.features.length - features.length;
  const notes = dropped ? [{ zh: `${dropped} 个地标没有几何，已跳过。`, en: `${dropped} placemarks without geometry were skipped.` }] : [];
  return { ok: true, collection: simplified({ type: 'FeatureCollection', features }), notes };
}

/** Every feature table of a GeoPackage, merged; properties from its columns (fid and the geometry column left out). */
export function readGeoPackage(SQL: SqlJsStatic, bytes: Uint8Array): GisRead {
  let db;
  try { db = new SQL.Database(bytes); } catch { return fail('GeoPackage 文件已损坏。', 'The GeoPackage file is damaged.'); }
  try {
    const tables = db.exec("SELECT c.table_name, g.column_name, g.srs_id FROM gpkg_contents c JOIN gpkg_geometry_columns g USING (table_name) WHERE c.data_type = 'features' ORDER BY c.table_name")[0]?.values ?? [];
    if (!tables.length) return fail('GeoPackage 中没有要素表。', 'The GeoPackage holds no feature table.');
    const features: Feature[] = [];
    const notes: { zh: string; en: string }[] = [];
    for (const [table, column, srs] of tables as [string, string, number][]) {
      if (srs !== 4326 && srs !== 4490 && srs !== 0) return fail(`表 ${table} 的坐标系 (srs_id ${srs}) 不是 WGS84，请先转换为 EPSG:4326。`, `Table ${table} is in srs_id ${srs}, not WGS84; convert it to EPSG:4326 first.`);
      const stmt = db.prepare(`SELECT * FROM "${table.replace(/"/g, '""')}"`);
      while (stmt.step()) {
        const row = stmt.getAsObject();
        const blob = row[column];
        const geometry = blob instanceof Uint8Array ? fromGpkgBlob(blob) : null;
        const properties = Object.fromEntries(Object.entries(row).filter(([k]) => k !== column && k !== 'fid').map(([k, v]) => [k, v instanceof Uint8Array ? null : v]));
        features.push({ type: 'Feature', properties, geometry: geometry as Feature['geometry'] });
      }
      stmt.free();
    }
    if (tables.length > 1) notes.push({ zh: `合并了 ${tables.length} 个要素表：${tables.map((t) => t[0]).join('、')}。`, en: `${tables.length} feature tables were merged: ${tables.map((t) => t[0]).join(', ')}.` });
    return { ok: true, collection: simplified({ type: 'FeatureCollection', features }), notes };
  } catch (e) {
    return fail(`GeoPackage 无法读取：${String(e)}`, `The GeoPackage could not be read: ${String(e)}`);
  } finally {
    db.close();
  }
}
