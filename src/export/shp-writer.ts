import type { Position } from 'geojson';
import type { TableGeometry, TableRow } from './tables.ts';

/** Shapefile shape types (ESRI Shapefile Technical Description, 1998). */
const SHAPE_TYPE: Record<TableGeometry, number> = { POINT: 1, LINESTRING: 3, MULTILINESTRING: 3, MULTIPOLYGON: 5 };

/** Twice the signed area of a ring: positive when counter-clockwise. */
function signedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) s += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return s;
}

/** The parts of a row's geometry, rings oriented as Shapefiles want (outer clockwise, holes counter-clockwise). */
function partsOf(row: TableRow): Position[][] {
  const g = row.geometry;
  switch (g.type) {
    case 'Point': return [[g.coordinates]];
    case 'LineString': return [g.coordinates];
    case 'MultiLineString': return g.coordinates;
    case 'Polygon': case 'MultiPolygon': {
      const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
      return polygons.flatMap((rings) => rings.map((r, i) => ((signedArea(r) > 0) === (i === 0) ? [...r].reverse() : r)));
    }
    default: throw new Error(`shp: unsupported geometry ${g.type}`);
  }
}

/** The .shp and .shx bytes of rows of one geometry type. */
export function writeShp(geometry: TableGeometry, rows: readonly TableRow[]): { shp: Uint8Array; shx: Uint8Array } {
  const type = SHAPE_TYPE[geometry];
  const parts = rows.map(partsOf);
  const contentSize = parts.map((p) => (type === 1 ? 20 : 44 + 4 * p.length + 16 * p.reduce((n, r) => n + r.length, 0)));
  const shpSize = 100 + contentSize.reduce((s, n) => s + 8 + n, 0);
  const shxSize = 100 + 8 * rows.length;
  const shp = new DataView(new ArrayBuffer(shpSize));
  const shx = new DataView(new ArrayBuffer(shxSize));
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  let at = 100;
  parts.forEach((p, i) => {
    shx.setInt32(100 + 8 * i, at / 2);
    shx.setInt32(104 + 8 * i, contentSize[i]! / 2);
    shp.setInt32(at, i + 1);
    shp.setInt32(at + 4, contentSize[i]! / 2);
    shp.setInt32(at + 8, type, true);
    const b = [Infinity, Infinity, -Infinity, -Infinity];
    for (const r of p) for (const [x, y] of r) { b[0] = Math.min(b[0]!, x!); b[1] = Math.min(b[1]!, y!); b[2] = Math.max(b[2]!, x!); b[3] = Math.max(b[3]!, y!); }
    for (let k = 0; k < 4; k++) box[k] = k < 2 ? Math.min(box[k]!, b[k]!) : Math.max(box[k]!, b[k]!);
    if (type === 1) {
      shp.setFloat64(at + 12, p[0]![0]![0]!, true);
      shp.setFloat64(at + 20, p[0]![0]![1]!, true);
    } else {
      b.forEach((v, k) => shp.setFloat64(at + 12 + 8 * k, v, true));
      shp.setInt32(at + 44, p.length, true);
      shp.setInt32(at + 48, p.reduce((n, r) => n + r.length, 0), true);
      let start = 0;
      let pt = at + 52 + 4 * p.length;
      p.forEach((r, k) => {
        shp.setInt32(at + 52 + 4 * k, start, true);
        start += r.length;
        for (const [x, y] of r) { shp.setFloat64(pt, x!, true); shp.setFloat64(pt + 8, y!, true); pt += 16; }
      });
    }
    at += 8 + contentSize[i]!;
  });
  if (!rows.length) box.fill(0);
  for (const [view, size] of [[shp, shpSize], [shx, shxSize]] as const) {
    view.setInt32(0, 9994);
    view.setInt32(24, size / 2);
    view.setInt32(28, 1000, true);
    view.setInt32(32, type, true);
    box.forEach((v, k) => view.setFloat64(36 + 8 * k, v, true));
  }
  return { shp: new Uint8Array(shp.buffer), shx: new Uint8Array(shx.buffer) };
}

/** The .prj of every export: WGS84 degrees (GCJ-02 / BD-09 have no WKT of their own; their README note says so). */
export const PRJ_WGS84 = 'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
