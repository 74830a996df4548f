import type { Adcode, Model, ZoneId } from '../model/index.ts';
import { namedBy } from './doc-filter.ts';
import type { FilterState } from './state.ts';

/**
 * The corridors the cluster, zone and document filters leave: with a cluster chosen, those the text
 * ties to it; with zones chosen, those with a city in one of them; with documents chosen, those one
 * of them names. Ids in data order.
 */
export function corridorIds(model: Model, state: Pick<FilterState, 'cluster' | 'zone'> & Partial<Pick<FilterState, 'doc'>>): Set<string> {
  const zoneOf = new Map<Adcode, ZoneId>(model.cities.map((c) => [c.id, c.zone]));
  return new Set(model.corridors
    .filter((c) => state.cluster === null || c.clusters.includes(state.cluster))
    .filter((c) => !state.zone.length || c.cities.some((city) => state.zone.includes(zoneOf.get(city)!)))
    .filter((c) => namedBy(c.sources, state.doc ?? []))
    .map((c) => c.id));
}

/** The corridors that run through a city, in data order. */
export function corridorsOfCity(model: Model, city: Adcode): Model['corridors'] {
  return model.corridors.filter((c) => c.cities.includes(city));
}
