import type { ClusterId } from '../model/ids.ts';
import type { ShowState } from '../filters/state.ts';
import type { LayerInput } from './input.ts';

/** What the city fills encode, derived from the layers switched on. */
export type FillMode = 'rank' | 'count' | 'metro' | 'zone' | 'plain';

export function fillMode(layers: ShowState['layers'], cluster: ClusterId | null): FillMode {
  if (layers.includes('clusters')) return cluster ? 'rank' : 'count';
  if (layers.includes('metro')) return 'metro';
  if (layers.includes('zones')) return 'zone';
  return 'plain';
}

/** Below this zoom, visible projects are drawn as one counted bubble per city instead of markers. */
const GROUP_BELOW_ZOOM = 7.5;
/** The zoom the province is framed at when the URL carries no view. */
export const DEFAULT_ZOOM = 6.1;

export const groupsActive = (show: Pick<ShowState, 'layers' | 'view'>) =>
  show.layers.includes('projects') && (show.view?.zoom ?? DEFAULT_ZOOM) < GROUP_BELOW_ZOOM;

/** Whether ★ marks stand under the cities' names (the chosen cluster's ranks fill the cities). */
export const starsShown = (show: Pick<ShowState, 'layers'>, cluster: ClusterId | null) =>
  !!cluster && show.layers.includes('cities') && fillMode(show.layers, cluster) === 'rank';

/** Whether any deck.gl layer has something to draw: until then the app need not load deck.gl at all. */
export const deckLayersNeeded = ({ show, subSector, imported }: Pick<LayerInput, 'show' | 'subSector' | 'imported'>) =>
  show.layers.includes('projects') || show.layers.includes('corridors') || !!subSector || !!imported || !!show.project;
