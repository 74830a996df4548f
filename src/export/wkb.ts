import type { Geometry, Position } from 'geojson';
import { bboxOf } from './tables.ts';

const WKB_TYPE = { Point: 1, LineString: 2, Polygon: 3, MultiPoint: 4, MultiLineString: 5, MultiPolygon: 6 } as const;

/** Little-endian bytes written into a growing buffer. */
class Writer {
  private view: DataView;
  bytes: Uint8Array;
  at = 0;
  constructor(size: number) { this.bytes = new Uint8Array(size); this.view = new DataView(this.bytes.buffer); }
  u8(n: number) { this.view.setUint8(this.at, n); this.at += 1; }
  u32(n: number) { this.view.setUint32(this.at, n, true); this.at += 4; }
  i32(n: number) { this.view.setInt32(this.at, n, true); this.at += 4; }
  f64(n: number) { this.view.setFloat64(this.at, n, true); this.at += 8; }
}

const ringSize = (r: Position[]) => 4 + 16 * r.length;
function wkbSize(g: Geometry): number {
  switch (g.type) {
    case 'Point': return 21;
    case 'LineString': case 'MultiPoint': return 9 + (g.type === 'MultiPoint' ? 21 * g.coordinates.length : 16 * g.coordinates.length);
    case 'Polygon': return 9 + g.coordinates.reduce((s, r) => s + ringSize(r), 0);
    case 'MultiLineString': return 9 + g.coordinates.reduce((s, l) => s + 9 + 16 * l.length, 0);
    case 'MultiPolygon': return 9 + g.coordinates.reduce((s, p) => s + 9 + p.reduce((t, r) => t + ringSize(r), 0), 0);
    default: throw new Error(`wkb: unsupported geometry ${g.type}`);
  }
}

function writeWkb(w: Writer, g: Geometry): void {
  if (g.type === 'GeometryCollection') throw new Error('wkb: unsupported geometry GeometryCollection');
  w.u8(1); // little endian
  w.u32(WKB_TYPE[g.type]);
  const xy = (p: Position) => { w.f64(p[0]!); w.f64(p[1]!); };
  const ring = (r: Position[]) => { w.u32(r.length); r.forEach(xy); };
  switch (g.type) {
    case 'Point': xy(g.coordinates); break;
    case 'LineString': ring(g.coordinates); break;
    case 'MultiPoint': w.u32(g.coordinates.length); for (const p of g.coordinates) writeWkb(w, { type: 'Point', coordinates: p }); break;
    case 'Polygon': w.u32(g.coordinates.length); g.coordinates.forEach(ring); break;
    case 'MultiLineString': w.u32(g.coordinates.length); for (const l of g.coordinates) writeWkb(w, { type: 'LineString', coordinates: l }); break;
    case 'MultiPolygon': w.u32(g.coordinates.length); for (const p of g.coordinates) writeWkb(w, { type: 'Polygon', coordinates: p }); break;
  }
}

/** ISO WKB (little endian) of a 2D geometry. */
export function toWkb(g: Geometry): Uint8Array {
  const w = new Writer(wkbSize(g));
  writeWkb(w, g);
  return w.bytes;
}

type Box = [number, number, number, number] | null;

/** Writes one GeoPackage geometry blob at w.at: the "GP" header (version 0, little endian, xy envelope except for points) and WKB. */
function writeGpkgBlob(w: Writer, g: Geometry, box: Box, srsId: number): void {
  w.u8(0x47); w.u8(0x50); w.u8(0); // "GP", version 0
  w.u8((box ? 1 << 1 : 0) | 1);    // envelope [minx, maxx, miny, maxy] or none; little endian
  w.i32(srsId);
  if (box) { w.f64(box[0]); w.f64(box[2]); w.f64(box[1]); w.f64(box[3]); }
  writeWkb(w, g);
}

/** A GeoPackage geometry blob: the "GP" header (version 0, little endian, xy envelope except for points) and WKB. */
export function toGpkgBlob(g: Geometry, srsId: number): Uint8Array {
  return gpkgBlobs([g], srsId)[0]!;
}

/**
 * The blobs of many geometries, written into one buffer (views into it): 100k small buffers, each with its
 * own DataView, cost more in allocation and garbage collection than writing them.
 */
export function gpkgBlobs(geometries: readonly Geometry[], srsId: number): Uint8Array[] {
  const boxes = geometries.map((g): Box => (g.type === 'Point' ? null : bboxOf(g)));
  const sizes = geometries.map((g, i) => 8 + (boxes[i] ? 32 : 0) + wkbSize(g));
  const w = new Writer(sizes.reduce((s, n) => s + n, 0));
  return geometries.map((g, i) => {
    const start = w.at;
    writeGpkgBlob(w, g, boxes[i] ?? null, srsId);
    return w.bytes.subarray(start, start + sizes[i]!);
  });
}
