import booleanIntersects from '@turf/boolean-intersects';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import pointToLineDistance from '@turf/point-to-line-distance';
import type { Feature, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { areaTest } from './point-in-area.ts';
import type { LonLat, Near, Within } from './spatial.ts';
import type { FilterState } from './state.ts';

/** The geometry the spatial filter reads: the joined features' cities and projects (in model order). */
export interface SpatialGeometry {
  cities: { features: readonly Feature<Polygon | MultiPolygon>[] };
  projects: { features: readonly Feature<Point | LineString>[] };
}

/** Whether the filters hold a spatial selection. */
export const hasSpatial = (filters: Pick<FilterState, 'near' | 'within'>) => Boolean(filters.near || filters.within);

const KM = { units: 'kilometers' } as const;

/** The great-circle distance in km (turf's) from a point to a geometry: to a point, or to a line's nearest point. */
export function distanceKm(near: Pick<Near, 'lon' | 'lat'>, geometry: Point | LineString): number {
  const centre: LonLat = [near.lon, near.lat];
  return geometry.type === 'Point' ? distance(centre, geometry.coordinates, KM) : pointToLineDistance(centre, geometry, KM);
}

interface PointArrays { x: Float64Array; y: Float64Array; line: Uint8Array }
const pointArrays = new WeakMap<object, PointArrays>();

/** Each project's point as flat arrays (a line's first stop, flagged), built once per collection. */
function arraysOf(projects: SpatialGeometry['projects']): PointArrays {
  let arrays = pointArrays.get(projects);
  if (arrays) return arrays;
  const n = projects.features.length;
  arrays = { x: new Float64Array(n), y: new Float64Array(n), line: new Uint8Array(n) };
  projects.features.forEach((f, i) => {
    const [x, y] = f.geometry.type === 'Point' ? f.geometry.coordinates : f.geometry.coordinates[0]!;
    arrays!.x[i] = x!;
    arrays!.y[i] = y!;
    arrays!.line[i] = f.geometry.type === 'LineString' ? 1 : 0;
  });
  pointArrays.set(projects, arrays);
  return arrays;
}

const areaOf = (within: Within): Polygon | MultiPolygon => (within.polygons.length === 1
  ? { type: 'Polygon', coordinates: within.polygons[0]! }
  : { type: 'MultiPolygon', coordinates: within.polygons });

/** A near's latitude/longitude box, a little larger than its circle (so it never cuts one off). */
function nearBox(near: Near): [number, number, number, number] {
  const dLat = (near.km / 6371.0088) * (180 / Math.PI) * 1.01 + 1e-6;
  const cos = Math.cos(Math.min(89.9, Math.abs(near.lat) + dLat) * (Math.PI / 180));
  const dLon = Math.min(180, dLat / Math.max(cos, 1e-6));
  return [near.lon - dLon, near.lat - dLat, near.lon + dLon, near.lat + dLat];
}

/**
 * 1 for each project the spatial selection keeps, or null when there is none. A point passes `near`
 * when turf's distance to it is at most km, and `within` when it lies inside the area (on its edge
 * counts); a line passes when any part of it does. `outside` keeps what `within` would not (a line
 * that leaves the area passes both ways).
 */
export function spatialProjectMask(geometry: SpatialGeometry, filters: Pick<FilterState, 'near' | 'within'>): Uint8Array | null {
  const { near, within } = filters;
  if (!near && !within) return null;
  const { x, y, line } = arraysOf(geometry.projects);
  const features = geometry.projects.features;
  const mask = new Uint8Array(x.length).fill(1);
  if (near) {
    const [w, s, e, n] = nearBox(near);
    const centre: LonLat = [near.lon, near.lat];
    for (let i = 0; i < x.length; i++) {
      if (line[i]) mask[i] = distanceKm(near, features[i]!.geometry) <= near.km ? 1 : 0;
      else if (x[i]! < w || x[i]! > e || y[i]! < s || y[i]! > n) mask[i] = 0;
      else mask[i] = distance(centre, [x[i]!, y[i]!], KM) <= near.km ? 1 : 0;
    }
  }
  if (within) {
    const test = areaTest(within.polygons);
    const area = areaOf(within);
    const keep = within.outside ? 0 : 1;
    for (let i = 0; i < x.length; i++) {
      if (!mask[i]) continue;
      if (line[i]) {
        const lineGeometry = features[i]!.geometry as LineString;
        const touches = booleanIntersects(lineGeometry, area);
        const allInside = touches && lineGeometry.coordinates.every(([lx, ly]) => test.inside(lx!, ly!)) && !crossesBoundary(lineGeometry, within);
        mask[i] = within.outside ? (allInside ? 0 : 1) : (touches ? 1 : 0);
      } else mask[i] = test.inside(x[i]!, y[i]!) ? keep : 1 - keep;
    }
  }
  return mask;
}

/** Whether a line crosses any ring of the area (so part of it lies outside even if its stops are inside). */
function crossesBoundary(line: LineString, within: Within): boolean {
  const rings: Feature<LineString>[] = within.polygons.flat().map((ring) => ({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: ring } }));
  return rings.some((ring) => booleanIntersects(line, ring));
}

const cityCache = new WeakMap<object, Map<string, ReadonlySet<number>>>();

/**
 * The indexes (in features order) of the cities whose polygon meets the selection: within `near` km
 * of the point, and intersecting the area (with `outside`: not lying wholly inside it). Null for none.
 */
export function spatialCities(geometry: SpatialGeometry, filters: Pick<FilterState, 'near' | 'within'>, key: string): ReadonlySet<number> | null {
  const { near, within } = filters;
  if (!near && !within) return null;
  let byKey = cityCache.get(geometry.cities);
  if (!byKey) cityCache.set(geometry.cities, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;
  const kept = new Set<number>();
  geometry.cities.features.forEach((city, i) => {
    if (near && !cityNear(city, near)) return;
    if (within) {
      const area = areaOf(within);
      const meets = booleanIntersects(city.geometry, area);
      if (!within.outside && !meets) return;
      if (within.outside && meets && cityInside(city, within)) return;
    }
    kept.add(i);
  });
  if (byKey.size > 20) byKey.clear();
  byKey.set(key, kept);
  return kept;
}

function cityNear(city: Feature<Polygon | MultiPolygon>, near: Near): boolean {
  const centre: LonLat = [near.lon, near.lat];
  if (booleanPointInPolygon(centre, city)) return true;
  const polygons = city.geometry.type === 'Polygon' ? [city.geometry.coordinates] : city.geometry.coordinates;
  return polygons.some((rings) => rings.some((ring) => pointToLineDistance(centre, { type: 'LineString', coordinates: ring }, KM) <= near.km));
}

/** Whether a city lies wholly inside the area: every vertex inside and no boundary crossing. */
function cityInside(city: Feature<Polygon | MultiPolygon>, within: Within): boolean {
  const test = areaTest(within.polygons);
  const polygons = city.geometry.type === 'Polygon' ? [city.geometry.coordinates] : city.geometry.coordinates;
  if (!polygons.every((rings) => rings.every((ring) => ring.every(([x, y]) => test.inside(x!, y!))))) return false;
  return !polygons.some((rings) => rings.some((ring) => crossesBoundary({ type: 'LineString', coordinates: ring }, within)));
}
