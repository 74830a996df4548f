import type { LayerSpecification } from 'maplibre-gl';
import { METRO_IDS } from '../model/index.ts';
import { matchBy, rgba, visibility } from './expressions.ts';
import type { LayerInput } from './input.ts';
import { METRO_LINE } from './palette.ts';

const FADED = rgba([150, 150, 150, 90]);

/** The five metropolitan areas as outlines (the city fills carry their colours in metro mode). */
export function metroStyleLayer({ visible, show }: LayerInput): LayerSpecification {
  const lines = new Map(METRO_IDS.map((m) => [m as string, visible.metroIds.has(m) ? rgba(METRO_LINE) : FADED]));
  return {
    id: 'metro-line', type: 'line', source: 'metros', layout: { visibility: visibility(show.layers.includes('metro')) },
    paint: { 'line-color': matchBy('metro', lines, FADED), 'line-width': 2.5 },
  };
}
