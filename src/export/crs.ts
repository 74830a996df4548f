import gcoord from 'gcoord';
import type { Geometry, Position } from 'geojson';

/** The coordinate systems an export can be written in (`--crs`). */
export const EXPORT_CRS = ['wgs84', 'gcj02', 'bd09'] as const;
export type ExportCrs = (typeof EXPORT_CRS)[number];

/** What each one is for, written into the exports' metadata. */
export const CRS_NOTE: Record<ExportCrs, string> = {
  wgs84: 'WGS84 lon/lat (RFC 7946); boundaries converted from GCJ-02, indicative only',
  gcj02: 'GCJ-02 lon/lat (火星坐标, for 高德 / 腾讯 basemaps), converted from WGS84 with gcoord; not RFC 7946 WGS84',
  bd09: 'BD-09 lon/lat (百度 basemaps), converted from WGS84 with gcoord; not RFC 7946 WGS84',
};

const round6 = (n: number) => Math.round(n * 1e6) / 1e6 + 0;
const TARGET = { gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const;

/** A function taking a WGS84 position to `crs`, rounded to 6 decimals (about 0.1 m). */
export function positionTo(crs: ExportCrs): (p: Position) => [number, number] {
  if (crs === 'wgs84') return (p) => [round6(p[0]!), round6(p[1]!)];
  const to = TARGET[crs];
  return (p) => {
    const [x, y] = gcoord.transform([p[0]!, p[1]!] as [number, number], gcoord.WGS84, to) as [number, number];
    return [round6(x), round6(y)];
  };
}

/** A position in `crs` back to WGS84 (for imports declared as GCJ-02 or BD-09). */
export function positionFrom(crs: ExportCrs): (p: Position) => [number, number] {
  if (crs === 'wgs84') return (p) => [p[0]!, p[1]!];
  const from = TARGET[crs];
  return (p) => gcoord.transform([p[0]!, p[1]!] as [number, number], from, gcoord.WGS84) as [number, number];
}

/** The geometry with every position mapped (and so rounded); the input is not changed. */
export function mapGeometry(g: Geometry, pos: (p: Position) => Position): Geometry {
  switch (g.type) {
    case 'Point': return { type: g.type, coordinates: pos(g.coordinates) };
    case 'MultiPoint': case 'LineString': return { type: g.type, coordinates: g.coordinates.map(pos) };
    case 'Polygon': case 'MultiLineString': return { type: g.type, coordinates: g.coordinates.map((r) => r.map(pos)) };
    case 'MultiPolygon': return { type: g.type, coordinates: g.coordinates.map((p) => p.map((r) => r.map(pos))) };
    default: throw new Error(`export: unsupported geometry ${g.type}`);
  }
}
