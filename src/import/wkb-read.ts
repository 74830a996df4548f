import type { Geometry, Position } from 'geojson';

/** A GeoPackage geometry blob ("GP" header, optional envelope, then WKB) → GeoJSON geometry, or null if empty or unreadable. */
export function fromGpkgBlob(blob: Uint8Array): Geometry | null {
  if (blob.length < 8 || blob[0] !== 0x47 || blob[1] !== 0x50) return null;
  const flags = blob[3]!;
  if (flags & 0x10) return null; // empty geometry
  const envelope = [0, 32, 48, 48, 64][(flags >> 1) & 7] ?? 0;
  return readWkb(new DataView(blob.buffer, blob.byteOffset + 8 + envelope, blob.length - 8 - envelope));
}

/** ISO or extended WKB (2D; Z and M values are dropped) → GeoJSON geometry. */
export function readWkb(view: DataView): Geometry | null {
  let at = 0;
  const read = (): Geometry => {
    const le = view.getUint8(at) === 1;
    at += 1;
    const raw = view.getUint32(at, le);
    at += 4;
    // ISO codes (1000 Z, 2000 M, 3000 ZM) and EWKB flags
    const dims = 2 + (raw & 0x80000000 || (raw % 10000 >= 1000 && raw % 10000 < 2000) || raw % 10000 >= 3000 ? 1 : 0) + (raw & 0x40000000 || (raw % 10000 >= 2000) ? 1 : 0);
    const type = (raw & 0xffff) % 1000;
    const u32 = () => { const n = view.getUint32(at, le); at += 4; return n; };
    const pos = (): Position => { const p = [view.getFloat64(at, le), view.getFloat64(at + 8, le)]; at += 8 * dims; return p; };
    const line = () => Array.from({ length: u32() }, pos);
    const many = <T>(f: () => T) => Array.from({ length: u32() }, f);
    switch (type) {
      case 1: return { type: 'Point', coordinates: pos() };
      case 2: return { type: 'LineString', coordinates: line() };
      case 3: return { type: 'Polygon', coordinates: many(line) };
      case 4: return { type: 'MultiPoint', coordinates: many(() => (read() as { coordinates: Position }).coordinates) };
      case 5: return { type: 'MultiLineString', coordinates: many(() => (read() as { coordinates: Position[] }).coordinates) };
      case 6: return { type: 'MultiPolygon', coordinates: many(() => (read() as { coordinates: Position[][] }).coordinates) };
      case 7: return { type: 'GeometryCollection', geometries: many(read) };
      default: throw new Error(`WKB geometry type ${type}`);
    }
  };
  try { return read(); } catch { return null; }
}
