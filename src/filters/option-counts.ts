import { type DocId, METRO_IDS, PROJECT_KINDS, RANKS, ZONE_IDS, type MetroId, type Model, type ProjectKind, type Rank, type ZoneId } from '../model/index.ts';
import { cityPasses, projectCities } from './apply.ts';
import { corridorIds } from './corridor-filter.ts';
import { docCounts } from './doc-filter.ts';
import { kindTally, projectMask } from './project-index.ts';
import { spatialCityMask, spatialCorridorIds, spatialProjects } from './spatial-areas.ts';
import type { SpatialGeometry } from './spatial-filter.ts';
import type { FilterState } from './state.ts';

export interface OptionCounts {
  zone: Record<ZoneId, number>;
  metro: Record<MetroId, number>;
  rank: Record<Rank, number>;
  kind: Record<ProjectKind, number>; // projects, not cities
  total: number;
}

/**
 * For each filter option: how many cities (projects, for kinds) would show if that option alone were chosen
 * in its group. A spatial selection (near, within) counts too, read from `geometry` (the joined features);
 * without it the selection is left out of the counts.
 */
export function optionCounts(model: Model, state: FilterState, geometry?: SpatialGeometry): OptionCounts {
  const bySpace = geometry ? spatialCityMask(geometry, state) : null;
  const count = (patch: Partial<FilterState>) => model.cities.filter((c, i) => (!bySpace || bySpace.has(i)) && cityPasses(model, c, { ...state, ...patch })).length;
  // one pass over the projects tallies every kind, rather than one applyFilters per kind
  const kinds = kindTally(model, state, projectCities(model, state), geometry ? spatialProjects(geometry, state) : null);
  return {
    zone: Object.fromEntries(ZONE_IDS.map((z) => [z, count({ zone: [z] })])) as Record<ZoneId, number>,
    metro: Object.fromEntries(METRO_IDS.map((m) => [m, count({ metro: [m] })])) as Record<MetroId, number>,
    rank: Object.fromEntries(RANKS.map((r) => [r, count({ rank: [r] })])) as Record<Rank, number>,
    kind: Object.fromEntries(PROJECT_KINDS.map((k, i) => [k, kinds[i]!])) as Record<ProjectKind, number>,
    total: model.cities.length,
  };
}

/** The document facet's counts for the current filters: what each document names among what the other filters (the spatial selection too, given `geometry`) leave. */
export function docOptionCounts(model: Model, filters: FilterState, geometry?: SpatialGeometry): Record<DocId, { projects: number; corridors: number }> {
  const others = { ...filters, doc: [] };
  const { mask } = projectMask(model, others, projectCities(model, others));
  const projectsBySpace = geometry ? spatialProjects(geometry, others) : null;
  if (projectsBySpace) for (let i = 0; i < mask.length; i++) mask[i]! &= projectsBySpace[i]!;
  const corridors = corridorIds(model, others);
  const corridorsBySpace = geometry?.corridors ? spatialCorridorIds(geometry.corridors, others) : null;
  if (corridorsBySpace) for (const id of corridors) if (!corridorsBySpace.has(id)) corridors.delete(id);
  return docCounts(model, others, mask, corridors);
}
