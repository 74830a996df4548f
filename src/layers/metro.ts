import { GeoJsonLayer } from '@deck.gl/layers';
import type { MetroFeature } from '../model/index.ts';
import type { LayerInput } from './input.ts';
import { METRO_LINE } from './palette.ts';

/** The five metropolitan areas as outlines (part-member cities are marked by the city layer's hatching legend). */
export function metroLayer({ features, visible, state }: LayerInput) {
  return new GeoJsonLayer<MetroFeature['properties']>({
    id: 'metro',
    data: features.metros as never,
    visible: state.layers.includes('metro'),
    filled: false,
    stroked: true,
    getLineColor: (f) => (visible.metroIds.has((f as MetroFeature).id) ? METRO_LINE : [150, 150, 150, 90]),
    lineWidthUnits: 'pixels',
    getLineWidth: 2.5,
    pickable: false,
    updateTriggers: { getLineColor: visible.key },
  });
}
