import type { Adcode, Model, ZoneId } from '../model/index.ts';
import type { FilterState } from './state.ts';

/**
 * The corridors the cluster and zone filters leave: with a cluster chosen, those the text ties to
 * it; with zones chosen, those with a city in one of them. Ids in data order.
 */
export function corridorIds(model: Model, state: Pick<FilterState, 'cluster' | 'zone'>): Set<string> {
  const zoneOf = new Map<Adcode, ZoneId>(model.cities.map((c) => [c.id, c.zone]));
  return new Set(model.corridors
    .filter((c) => state.cluster === null || c.clusters.includes(state.cluster))
    .filter((c) => !state.zone.length || c.cities.some((city) => state.zone.includes(zoneOf.get(city)!)))
    .map((c) => c.id));
}

/** The corridors that run through a city, in data order. */
export function corridorsOfCity(model: Model, city: Adcode): Model['corridors'] {
  return model.corridors.filter((c) => c.cities.includes(city));
}
