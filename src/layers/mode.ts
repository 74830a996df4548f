import type { FilterState } from '../filters/state.ts';

/** What the city fills encode, derived from the layers switched on. */
export type FillMode = 'rank' | 'count' | 'metro' | 'zone' | 'plain';

export function fillMode(state: FilterState): FillMode {
  if (state.layers.includes('clusters')) return state.cluster ? 'rank' : 'count';
  if (state.layers.includes('metro')) return 'metro';
  if (state.layers.includes('zones')) return 'zone';
  return 'plain';
}
