import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import pointToLineDistance from '@turf/point-to-line-distance';
import type { Feature, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { areaTest, type AreaTest } from './point-in-area.ts';
import type { LonLat, Near, Within } from './spatial.ts';
import type { FilterState } from './state.ts';

/** The geometry the spatial filter reads: the joined features' cities and projects (in model order). */
export interface SpatialGeometry {
  cities: { features: readonly Feature<Polygon | MultiPolygon>[] };
  projects: { features: readonly Feature<Point | LineString>[] };
  corridors?: { features: readonly Feature<LineString | Polygon | MultiPolygon>[] }; // absent: corridors ignore the selection
}

/** Whether the filters hold a spatial selection. */
export const hasSpatial = (filters: Pick<FilterState, 'near' | 'within'>) => Boolean(filters.near || filters.within);

const KM = { units: 'kilometers' } as const;
const EARTH_KM = 6371.0088; // turf's earth radius

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

/** A near's latitude/longitude box, a little larger than its circle (so it never cuts one off). */
export function nearBox(near: Near): [number, number, number, number] {
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
    // turf's haversine, up to its last step: a point clearly inside or outside is decided by `a` alone;
    // one within rounding of the edge is measured by turf itself, so the result is turf's exactly
    const toRad = Math.PI / 180;
    const cosLat = Math.cos(near.lat * toRad);
    const limit = Math.sin(near.km / EARTH_KM / 2) ** 2;
    const [low, high] = [limit * (1 - 1e-9), limit * (1 + 1e-9)];
    for (let i = 0; i < x.length; i++) {
      const px = x[i]!; const py = y[i]!;
      if (line[i]) mask[i] = distanceKm(near, features[i]!.geometry) <= near.km ? 1 : 0;
      else if (px < w || px > e || py < s || py > n) mask[i] = 0;
      else {
        const a = Math.sin((py - near.lat) * toRad / 2) ** 2 + Math.sin((px - near.lon) * toRad / 2) ** 2 * cosLat * Math.cos(py * toRad);
        mask[i] = a < low ? 1 : a > high ? 0 : distance(centre, [px, py], KM) <= near.km ? 1 : 0;
      }
    }
  }
  if (within) {
    const test = areaTest(within.polygons);
    const [w, south, e, n] = test.bbox;
    const keep = within.outside ? 0 : 1;
    for (let i = 0; i < x.length; i++) {
      if (!mask[i]) continue;
      if (line[i]) {
        const path = (features[i]!.geometry as LineString).coordinates;
        const stopsInside = path.map(([lx, ly]) => test.inside(lx!, ly!));
        const crosses = test.crosses(path);
        const meets = crosses || stopsInside.some(Boolean);
        const wholly = !crosses && stopsInside.every(Boolean);
        mask[i] = within.outside ? (wholly ? 0 : 1) : (meets ? 1 : 0);
      } else {
        const px = x[i]!; const py = y[i]!;
        mask[i] = px >= w && px <= e && py >= south && py <= n && test.inside(px, py) ? keep : 1 - keep;
      }
    }
  }
  return mask;
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
  const test = within ? areaTest(within.polygons) : null;
  geometry.cities.features.forEach((city, i) => {
    if (near && !cityNear(city, near)) return;
    if (within) {
      const { meets, wholly } = cityAndArea(city, within, test!);
      if (!within.outside && !meets) return;
      if (within.outside && wholly) return;
    }
    kept.add(i);
  });
  if (byKey.size > 20) byKey.clear();
  byKey.set(key, kept);
  return kept;
}

/** Whether an areal feature (a city, a corridor's band) lies within `near` km of the point: around it or inside it. */
export function cityNear(city: Feature<Polygon | MultiPolygon>, near: Near): boolean {
  const centre: LonLat = [near.lon, near.lat];
  const [w, s, e, n] = nearBox(near);
  const [cw, cs, ce, cn] = cityBox(city);
  if (ce < w || cw > e || cn < s || cs > n) return false; // the circle's box misses the city's
  if (booleanPointInPolygon(centre, city)) return true;
  const rings = city.geometry.type === 'Polygon' ? city.geometry.coordinates : city.geometry.coordinates.flat();
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [ax, ay] = ring[i]!;
      const [bx, by] = ring[i + 1]!;
      if (Math.max(ax!, bx!) < w || Math.min(ax!, bx!) > e || Math.max(ay!, by!) < s || Math.min(ay!, by!) > n) continue; // an edge outside the box is farther
      if (pointToLineDistance(centre, { type: 'LineString', coordinates: [ring[i]!, ring[i + 1]!] }, KM) <= near.km) return true;
    }
  }
  return false;
}

/** Whether a city's polygon meets the area, and whether it lies wholly inside it (every vertex inside, no edge crossing). */
export function cityAndArea(city: Feature<Polygon | MultiPolygon>, within: Within, test: AreaTest): { meets: boolean; wholly: boolean } {
  const rings = city.geometry.type === 'Polygon' ? city.geometry.coordinates : city.geometry.coordinates.flat();
  const [w, s, e, n] = test.bbox;
  const [cw, cs, ce, cn] = cityBox(city);
  if (ce < w || cw > e || cn < s || cs > n) return { meets: false, wholly: false };
  const crosses = rings.some((ring) => test.crosses(ring));
  if (crosses) return { meets: true, wholly: false };
  // no edges cross: each part of either lies wholly inside the other or apart from it
  const parts = (city.geometry.type === 'Polygon' ? [city.geometry.coordinates] : city.geometry.coordinates).map((p) => p[0]![0]!);
  const partsInside = parts.filter(([x, y]) => test.inside(x!, y!)).length;
  if (partsInside === parts.length) return { meets: true, wholly: true };
  return { meets: partsInside > 0 || within.polygons.some((p) => booleanPointInPolygon(p[0]![0]!, city)), wholly: false };
}

const boxes = new WeakMap<object, [number, number, number, number]>();
function cityBox(city: Feature<Polygon | MultiPolygon>): [number, number, number, number] {
  let box = boxes.get(city);
  if (box) return box;
  box = [Infinity, Infinity, -Infinity, -Infinity];
  const rings = city.geometry.type === 'Polygon' ? city.geometry.coordinates : city.geometry.coordinates.flat();
  for (const ring of rings) for (const [x, y] of ring) box = [Math.min(box[0], x!), Math.min(box[1], y!), Math.max(box[2], x!), Math.max(box[3], y!)];
  boxes.set(city, box);
  return box;
}
