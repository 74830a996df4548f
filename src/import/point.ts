import type { ImportGeometry } from './schema.ts';

type Pos = [number, number];

/** One point that stands for a feature: the point itself, a line's middle vertex, a polygon's centroid when inside it. */
export function representativePoint(geometry: ImportGeometry): Pos {
  switch (geometry.type) {
    case 'Point': return geometry.coordinates;
    case 'LineString': return geometry.coordinates[Math.floor(geometry.coordinates.length / 2)]!;
    case 'Polygon': return polygonPoint(geometry.coordinates);
    case 'MultiPolygon': {
      const largest = geometry.coordinates.reduce((best, p) => (ringArea(p[0]!) > ringArea(best[0]!) ? p : best));
      return polygonPoint(largest);
    }
  }
}

function polygonPoint(rings: Pos[][]): Pos {
  const outer = rings[0]!;
  const centroid = ringCentroid(outer);
  if (centroid && inPolygon(centroid[0], centroid[1], rings)) return centroid;
  return outer[0]!; // a concave or holed shape: a vertex still lies on it
}

function ringArea(ring: Pos[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
  return Math.abs(sum / 2);
}

function ringCentroid(ring: Pos[]): Pos | null {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j]!;
    const [x1, y1] = ring[i]!;
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  if (area === 0) return null;
  return [x / (3 * area), y / (3 * area)];
}

/** Even-odd ray casting over the outer ring and holes (a point on an edge may fall either way). */
export function inPolygon(x: number, y: number, rings: Pos[][]): boolean {
  let inside = false;
  for (let r = 0; r < rings.length; r++) {
    const ring = rings[r]!;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
    }
  }
  return inside;
}
