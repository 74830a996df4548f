/** How a GeoJSON `crs` member (RFC 7946 dropped it; older files carry it) is read. */
export type CrsStatus = { kind: 'wgs84' } | { kind: 'cgcs2000' } | { kind: 'other'; name: string };

const WGS84 = /(?:CRS84|EPSG:{1,2}(?:[\d.]*:)?4326)$/i;
const CGCS2000 = /EPSG:{1,2}(?:[\d.]*:)?4490$/i;

/** Absent, null or naming WGS84 (CRS84, EPSG:4326) is fine; CGCS2000 (EPSG:4490) is close enough; others are refused. */
export function crsStatus(crs: unknown): CrsStatus {
  if (crs === undefined || crs === null) return { kind: 'wgs84' };
  const props = typeof crs === 'object' ? (crs as { properties?: Record<string, unknown> }).properties : undefined;
  const raw = props?.name ?? props?.code ?? props?.href;
  const name = typeof raw === 'number' ? `EPSG:${raw}` : typeof raw === 'string' ? raw : 'unknown';
  if (WGS84.test(name)) return { kind: 'wgs84' };
  if (CGCS2000.test(name)) return { kind: 'cgcs2000' };
  return { kind: 'other', name: name.length > 80 ? `${name.slice(0, 80)}…` : name };
}
