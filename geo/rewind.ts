import type { Geometry, Position } from 'geojson';
import { round6 } from '../src/model/round.ts';

/** Twice the signed planar area of a ring; positive when counter-clockwise. */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return sum;
}


function polygon(rings: Position[][]): Position[][] {
  return rings.map((ring, i) => {
    const rounded = ring.map((p) => [round6(p[0]!), round6(p[1]!)]);
    const ccw = signedArea(rounded) > 0;
    return (i === 0) === ccw ? rounded : rounded.reverse(); // exterior CCW, holes CW
  });
}

/** RFC 7946: exterior rings counter-clockwise, holes clockwise, coordinates to 6 decimals (~0.1 m). */
export function rewind<G extends Geometry>(g: G): G {
  switch (g.type) {
    case 'Polygon': return { type: 'Polygon', coordinates: polygon(g.coordinates) } as G;
    case 'MultiPolygon': return { type: 'MultiPolygon', coordinates: g.coordinates.map(polygon) } as G;
    case 'Point': return { type: 'Point', coordinates: [round6(g.coordinates[0]!), round6(g.coordinates[1]!)] } as G;
    default: throw new Error(`rewind: unsupported ${g.type}`);
  }
}
