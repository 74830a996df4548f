import type { FilterState } from '../filters/state.ts';
import type { LayerInput } from './input.ts';

/** What the city fills encode, derived from the layers switched on. */
export type FillMode = 'rank' | 'count' | 'metro' | 'zone' | 'plain';

export function fillMode(state: FilterState): FillMode {
  if (state.layers.includes('clusters')) return state.cluster ? 'rank' : 'count';
  if (state.layers.includes('metro')) return 'metro';
  if (state.layers.includes('zones')) return 'zone';
  return 'plain';
}

/** Below this zoom, visible projects are drawn as one counted bubble per city instead of markers. */
export const GROUP_BELOW_ZOOM = 7.5;
/** The zoom the province is framed at when the URL carries no view. */
const DEFAULT_ZOOM = 6.1;

export const groupsActive = (state: FilterState) =>
  state.layers.includes('projects') && (state.view?.zoom ?? DEFAULT_ZOOM) < GROUP_BELOW_ZOOM;

/** Whether any deck.gl layer has something to draw: until then the app need not load deck.gl at all. */
export const deckLayersNeeded = ({ state, subSector, imported }: Pick<LayerInput, 'state' | 'subSector' | 'imported'>) =>
  state.layers.includes('projects') || state.layers.includes('corridors') || !!subSector || !!imported;
