import { METRO_IDS, RANKS, ZONE_IDS, type MetroId, type Model, type Rank, type ZoneId } from '../model/index.ts';
import { cityPasses } from './apply.ts';
import type { FilterState } from './state.ts';

export interface OptionCounts {
  zone: Record<ZoneId, number>;
  metro: Record<MetroId, number>;
  rank: Record<Rank, number>;
  total: number;
}

/** For each filter option: how many cities would show if that option alone were chosen in its group. */
export function optionCounts(model: Model, state: FilterState): OptionCounts {
  const count = (patch: Partial<FilterState>) => model.cities.filter((c) => cityPasses(model, c, { ...state, ...patch })).length;
  return {
    zone: Object.fromEntries(ZONE_IDS.map((z) => [z, count({ zone: [z] })])) as Record<ZoneId, number>,
    metro: Object.fromEntries(METRO_IDS.map((m) => [m, count({ metro: [m] })])) as Record<MetroId, number>,
    rank: Object.fromEntries(RANKS.map((r) => [r, count({ rank: [r] })])) as Record<Rank, number>,
    total: model.cities.length,
  };
}
