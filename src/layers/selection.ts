import { GeoJsonLayer } from '@deck.gl/layers';
import type { CityFeature } from '../model/index.ts';
import type { LayerInput } from './input.ts';
import { HOVER_LINE, SELECTED_LINE } from './palette.ts';

/** Outlines of the selected and the hovered city, drawn last so they sit on top. */
export function selectionLayer({ features, state, hover }: LayerInput) {
  const ids = [state.city, hover].filter((id) => id !== null);
  return new GeoJsonLayer<CityFeature['properties']>({
    id: 'selection',
    data: features.cities as never,
    visible: ids.length > 0,
    filled: false,
    stroked: true,
    getLineColor: (f) => ((f as CityFeature).id === state.city ? SELECTED_LINE : (f as CityFeature).id === hover ? HOVER_LINE : [0, 0, 0, 0]),
    getLineWidth: (f) => ((f as CityFeature).id === state.city ? 3.5 : (f as CityFeature).id === hover ? 2 : 0),
    lineWidthUnits: 'pixels',
    pickable: false,
    updateTriggers: { getLineColor: `${state.city}|${hover}`, getLineWidth: `${state.city}|${hover}` },
  });
}
