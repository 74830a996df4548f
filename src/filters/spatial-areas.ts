import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import type { Model } from '../model/index.ts';
import { areaTest } from './point-in-area.ts';
import { cityAndArea, cityNear, distanceKm, hasSpatial, nearBox, spatialCities, spatialProjectMask, type SpatialGeometry } from './spatial-filter.ts';
import type { Near } from './spatial.ts';
import { DEFAULT_FILTERS, type FilterState } from './state.ts';
import { toFilterQuery } from './query.ts';

// What a spatial selection (near, within) leaves of the plan's larger shapes. A planner asking "what lies
// within 60 km of 湛江港" expects the axes that pass there, and the zones and metropolitan areas that
// reach there, to stay; the rest fade as other filtered-out shapes do:
// - a corridor stays when its line (or band) comes within km of the centre / meets the area; with
//   `outside`, when it does not lie wholly inside the area (as project lines);
// - a zone or metropolitan area stays when one of its member cities does (a city meets the selection
//   as spatialCities decides): the areas are their member cities' union, so this is "intersects".

/** The joined corridors (in model order), read by the spatial selection. */
export interface CorridorShapes { features: readonly Feature<LineString | Polygon | MultiPolygon>[] }

type Spatial = Pick<FilterState, 'near' | 'within'>;

/** The key the spatial city cache is kept under: the selection alone, written canonically. */
export const spatialKey = (filters: Spatial) => `spatial:${toFilterQuery({ ...DEFAULT_FILTERS, near: filters.near, within: filters.within })}`;

/** The cities (indexes in model order) the spatial selection keeps, or null when there is none. */
export function spatialCityMask(geometry: SpatialGeometry, filters: Spatial): ReadonlySet<number> | null {
  return hasSpatial(filters) ? spatialCities(geometry, filters, spatialKey(filters)) : null;
}

const lastMask = new WeakMap<object, { key: string; mask: Uint8Array | null }>();

/**
 * spatialProjectMask, kept for the last selection per project collection: the filters, the option counts
 * and the document facet all read it for one change. Read-only: callers combine it, never write to it.
 */
export function spatialProjects(geometry: SpatialGeometry, filters: Spatial): Uint8Array | null {
  if (!hasSpatial(filters)) return null;
  const key = spatialKey(filters);
  const last = lastMask.get(geometry.projects);
  if (last?.key === key) return last.mask;
  const mask = spatialProjectMask(geometry, filters);
  lastMask.set(geometry.projects, { key, mask });
  return mask;
}

/** The ids of the corridors the spatial selection keeps, or null when there is none. */
export function spatialCorridorIds(corridors: CorridorShapes, filters: Spatial): ReadonlySet<string> | null {
  const { near, within } = filters;
  if (!near && !within) return null;
  const test = within ? areaTest(within.polygons) : null;
  const kept = new Set<string>();
  for (const f of corridors.features) {
    const g = f.geometry;
    if (near && !(g.type === 'LineString' ? lineNear(g.coordinates, near) : cityNear(f as Feature<Polygon | MultiPolygon>, near))) continue;
    if (within) {
      let meets: boolean;
      let wholly: boolean;
      if (g.type === 'LineString') {
        const crosses = test!.crosses(g.coordinates);
        const stops = g.coordinates.map(([x, y]) => test!.inside(x!, y!));
        meets = crosses || stops.some(Boolean);
        wholly = !crosses && stops.every(Boolean);
      } else ({ meets, wholly } = cityAndArea(f as Feature<Polygon | MultiPolygon>, within, test!));
      if (within.outside ? wholly : !meets) continue;
    }
    kept.add(String(f.id ?? f.properties?.corridor_id));
  }
  return kept;
}

/**
 * Whether a line comes within `near` km of the point (turf's distance to a line is its nearest segment's):
 * only the segments that reach the circle's box are measured.
 */
function lineNear(path: readonly (readonly number[])[], near: Near): boolean {
  const [w, s, e, n] = nearBox(near);
  for (let i = 0; i + 1 < path.length; i++) {
    const [ax, ay] = path[i] as [number, number];
    const [bx, by] = path[i + 1] as [number, number];
    if (Math.max(ax, bx) < w || Math.min(ax, bx) > e || Math.max(ay, by) < s || Math.min(ay, by) > n) continue; // a segment outside the box is farther
    if (distanceKm(near, { type: 'LineString', coordinates: [[ax, ay], [bx, by]] }) <= near.km) return true;
  }
  return false;
}

/** The zones and metropolitan areas with a member city among `cities` (indexes in model order). */
export function areasOfCities(model: Model, cities: ReadonlySet<number>): { zones: Set<string>; metros: Set<string> } {
  const zones = new Set<string>();
  const metros = new Set<string>();
  model.cities.forEach((c, i) => {
    if (!cities.has(i)) return;
    zones.add(c.zone);
    for (const m of c.metro) metros.add(m.id);
  });
  return { zones, metros };
}
