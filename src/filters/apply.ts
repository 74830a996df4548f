import type { Adcode, City, MetroId, Model, ZoneId } from '../model/index.ts';
import { rankOf } from '../model/index.ts';
import { corridorIds } from './corridor-filter.ts';
import { docProjectMask } from './doc-filter.ts';
import { firstCityTally, idsOf, projectMask } from './project-index.ts';
import { toFilterQuery } from './query.ts';
import { hasSpatial, type SpatialGeometry } from './spatial-filter.ts';
import { areasOfCities, spatialCityMask, spatialCorridorIds, spatialProjects } from './spatial-areas.ts';
import type { FilterState } from './state.ts';
import { cityNames, foldNames, matchesWords, queryWords } from './text-match.ts';

/**
 * What the filters leave visible: a plain record, complete in itself. The map's layers, the legend, the
 * table and every export read it and never call back into filters/. The project mask is indexed like
 * model.projects and so like features.projects.features (joinFeatures keeps the model's order).
 */
export interface Visible {
  readonly filters: FilterState;  // what it was computed from
  readonly filterKey: string;     // toFilterQuery(filters): equal keys mean equal visible sets (and colours)
  readonly cityIds: ReadonlySet<Adcode>;
  readonly zoneIds: ReadonlySet<ZoneId>;
  readonly metroIds: ReadonlySet<MetroId>;
  readonly projectMask: Uint8Array; // 1 = visible
  readonly projectIds: ReadonlySet<string>;                     // derived from the mask on first read
  readonly projectsPerFirstCity: ReadonlyMap<Adcode, number>;   // visible projects by the first city each names, derived on first read
  readonly corridorIds: ReadonlySet<string>; // corridors the cluster, zone, document and spatial filters leave (corridor-filter.ts, spatial-areas.ts)
  readonly counts: { cities: [number, number]; projects: [number, number]; corridors: [number, number] };
}

/** Whether a city passes the zone, metro, rank and text filters. */
export function cityPasses(model: Model, city: City, filters: FilterState): boolean {
  if (filters.zone.length && !filters.zone.includes(city.zone)) return false;
  if (filters.metro.length && !city.metro.some((m) => filters.metro.includes(m.id))) return false;
  if (filters.rank.length) {
    const clusters = filters.cluster ? [filters.cluster] : model.clusters.map((c) => c.id);
    const ranked = clusters.some((c) => {
      const rank = rankOf(model, city.id, c);
      return rank !== null && filters.rank.includes(rank);
    });
    if (!ranked) return false;
  }
  if (filters.q && !matchesWords(foldNames(cityNames(city)), queryWords(filters.q))) return false;
  return true;
}

/**
 * The cities of model.cities (as a 0/1 mask in their order) among which projects are looked for:
 * text search narrows cities by name, but projects match by their own names (and their cities') instead.
 */
export function projectCities(model: Model, filters: FilterState): Uint8Array {
  const unsearched = filters.q ? { ...filters, q: '' } : filters;
  return Uint8Array.from(model.cities, (c) => (cityPasses(model, c, unsearched) ? 1 : 0));
}

/**
 * The one filter engine: the map, the table, the legend, the export and the CLI all call it. A spatial
 * selection (near, within) needs the joined features' geometry (in model order): without it, it throws.
 */
export function applyFilters(model: Model, filters: FilterState, geometry?: SpatialGeometry): Visible {
  if (hasSpatial(filters) && !geometry) throw new Error('applyFilters: a spatial selection (near, within) needs the features');
  const filterKey = toFilterQuery(filters);
  const nearCities = geometry ? spatialCityMask(geometry, filters) : null;
  const cityIds = new Set(model.cities.filter((c, i) => cityPasses(model, c, filters) && (!nearCities || nearCities.has(i))).map((c) => c.id));
  const { mask, count: all } = projectMask(model, filters, projectCities(model, filters));
  let count = all;
  const bySpace = geometry ? spatialProjects(geometry, filters) : null;
  if (bySpace) { // where: keep the projects inside the drawn area or near the point
    count = 0;
    for (let i = 0; i < mask.length; i++) count += (mask[i]! &= bySpace[i]!);
  }
  const byDoc = docProjectMask(model, filters.doc);
  if (byDoc) { // which document says so: keep the projects a chosen document names
    count = 0;
    for (let i = 0; i < mask.length; i++) count += (mask[i]! &= byDoc[i]!);
  }
  const corridors = corridorIds(model, filters);
  const corridorsBySpace = geometry?.corridors ? spatialCorridorIds(geometry.corridors, filters) : null;
  if (corridorsBySpace) for (const id of corridors) if (!corridorsBySpace.has(id)) corridors.delete(id);
  // a spatial selection keeps the zones and metropolitan areas it reaches (spatial-areas.ts)
  const reached = nearCities ? areasOfCities(model, nearCities) : null;
  const zoneIds = new Set(model.zones.map((z) => z.id).filter((id) => (!filters.zone.length || filters.zone.includes(id)) && (!reached || reached.zones.has(id))));
  const metroIds = new Set(model.metros.map((m) => m.id).filter((id) => (!filters.metro.length || filters.metro.includes(id)) && (!reached || reached.metros.has(id))));
  let projectIds: ReadonlySet<string> | null = null;
  let perFirstCity: ReadonlyMap<Adcode, number> | null = null;
  return {
    filters,
    filterKey,
    cityIds,
    zoneIds,
    metroIds,
    projectMask: mask,
    // own enumerable getters: a spread copy still carries the values (a Set of 100k ids costs ≈ 40 ms, so only on demand)
    get projectIds() { return (projectIds ??= idsOf(model, mask, count)); },
    get projectsPerFirstCity() { return (perFirstCity ??= firstCityTally(model, mask) as Map<Adcode, number>); },
    corridorIds: corridors,
    counts: { cities: [cityIds.size, model.cities.length], projects: [count, model.projects.length], corridors: [corridors.size, model.corridors.length] },
  };
}
