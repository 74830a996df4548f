import bezierSpline from '@turf/bezier-spline';
import circle from '@turf/circle';
import convex from '@turf/convex';
import { featureCollection, lineString, multiPoint } from '@turf/helpers';
import rewind from '@turf/rewind';
import union from '@turf/union';
import type { LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { CorridorGeometry } from './corridor.ts';

type LonLat = [number, number];

/** Half-widths in km: a belt of cities reads as a region; one inside a city stays inside it. */
export const BAND_KM = { city: 16, district: 3.5 } as const;
const AREA_KM = { city: 22, district: 4.5 } as const;
const STEPS = 16; // vertices per circle

/** A smooth line through the places in order (a straight one through two). */
export function smoothLine(points: LonLat[]): Position[] {
  if (points.length < 3) return points;
  const spline = bezierSpline(lineString(points), { resolution: 4000, sharpness: 0.3 });
  return spline.geometry.coordinates;
}

const disc = (p: Position, km: number) => circle(p, km, { steps: STEPS, units: 'kilometers' }).geometry.coordinates[0]!;

/** The convex hull of discs around the points: a rounded region (or one disc). */
function hull(points: Position[], km: number): Polygon {
  const ring = points.flatMap((p) => disc(p, km));
  return convex(multiPoint(ring))!.geometry;
}

/** A buffer around a polyline: rounded capsules along it (about `pieces` of them), merged one by one (faster than all at once). */
function buffer(line: Position[], km: number, pieces: number): Polygon | MultiPolygon {
  if (line.length === 1) return hull(line, km);
  const step = Math.max(1, Math.ceil((line.length - 1) / pieces));
  const stops = line.filter((_, i) => i % step === 0);
  if (stops.at(-1) !== line.at(-1)) stops.push(line.at(-1)!);
  let shape: Polygon | MultiPolygon = hull([stops[0]!, stops[1]!], km);
  for (let i = 2; i < stops.length; i++) {
    const next = hull([stops[i - 1]!, stops[i]!], km);
    shape = union(featureCollection([feature(shape), feature(next)]))!.geometry;
  }
  return shape;
}
const feature = <G extends Polygon | MultiPolygon>(geometry: G) => ({ type: 'Feature' as const, properties: {}, geometry });

/**
 * The drawn shape of a corridor from its places (in order; `parts` split them into separate
 * pieces): a smooth line, a band around that line, or a rounded hull.
 */
export function corridorShape(mode: CorridorGeometry, parts: LonLat[][], scale: 'city' | 'district'): LineString | Polygon | MultiPolygon {
  const shape = drawn(mode, parts, scale);
  return shape.type === 'LineString' ? shape : rewind(shape) as Polygon | MultiPolygon; // RFC 7946: exterior rings counter-clockwise
}

function drawn(mode: CorridorGeometry, parts: LonLat[][], scale: 'city' | 'district'): LineString | Polygon | MultiPolygon {
  if (mode === 'line') return { type: 'LineString', coordinates: smoothLine(parts.flat()) };
  const shapes = parts.map((places) => (mode === 'band' ? buffer(smoothLine(places), BAND_KM[scale], 2 * places.length) : hull(places, AREA_KM[scale])));
  if (shapes.length === 1) return shapes[0]!;
  return union(featureCollection(shapes.map(feature)))!.geometry;
}
