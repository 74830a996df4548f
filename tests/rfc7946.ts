import type { Geometry, Position } from 'geojson';

/** Twice the signed area of a ring in lon/lat (positive = counter-clockwise). */
export function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return sum;
}

/** Problems that make a geometry break RFC 7946 (empty when it is valid). */
export function rfc7946Problems(g: Geometry, where: string): string[] {
  const problems: string[] = [];
  const checkPos = (p: Position) => {
    if (p.length !== 2 || !(Math.abs(p[0]!) <= 180 && Math.abs(p[1]!) <= 90)) problems.push(`${where}: bad position ${JSON.stringify(p)}`);
  };
  const checkPolygon = (rings: Position[][]) => rings.forEach((ring, i) => {
    ring.forEach(checkPos);
    const first = ring[0]!, last = ring[ring.length - 1]!;
    if (ring.length < 4) problems.push(`${where}: ring ${i} has ${ring.length} positions`);
    if (first[0] !== last[0] || first[1] !== last[1]) problems.push(`${where}: ring ${i} is not closed`);
    const ccw = signedArea(ring) > 0;
    if (i === 0 && !ccw) problems.push(`${where}: exterior ring is clockwise`);
    if (i > 0 && ccw) problems.push(`${where}: hole ${i} is counter-clockwise`);
  });
  switch (g.type) {
    case 'Point': checkPos(g.coordinates); break;
    case 'LineString': g.coordinates.forEach(checkPos); break;
    case 'Polygon': checkPolygon(g.coordinates); break;
    case 'MultiPolygon': g.coordinates.forEach(checkPolygon); break;
    default: problems.push(`${where}: unexpected ${g.type}`);
  }
  return problems;
}
