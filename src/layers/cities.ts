import { GeoJsonLayer } from '@deck.gl/layers';
import type { CityFeature, MetroId } from '../model/index.ts';
import type { LayerInput } from './input.ts';
import { fillMode } from './mode.ts';
import { CITY_LINE, DIMMED, UNRANKED, RANK_COLORS, countColor, metroFill, zoneFill, type RGBA } from './palette.ts';

/** The colour a city is filled with, given the mode; exported for tests and the pixel probes. */
export function cityFillColor(f: CityFeature, input: Pick<LayerInput, 'visible' | 'state'>): RGBA {
  const p = f.properties;
  if (!input.visible.cityIds.has(p.city_id)) return DIMMED;
  switch (fillMode(input.state)) {
    case 'rank': {
      const rank = p[`rank_${input.state.cluster!}`];
      return rank ? RANK_COLORS[rank] : UNRANKED;
    }
    case 'count': return countColor(p.core_count);
    case 'metro': {
      const [metro] = p.metro_area.split(',') as MetroId[];
      return metro ? metroFill(metro, p.metro_scope.startsWith('full') ? 'full' : 'part') : UNRANKED;
    }
    case 'zone': return zoneFill(p.zone);
    case 'plain': return [248, 246, 240, 255];
  }
}

export function citiesLayer(input: LayerInput) {
  const { features, visible, state } = input;
  return new GeoJsonLayer<CityFeature['properties']>({
    id: 'cities',
    data: features.cities as never,
    visible: state.layers.includes('cities'),
    opacity: input.opacity?.cities ?? 1,
    filled: true,
    stroked: true,
    getFillColor: (f) => cityFillColor(f as CityFeature, input),
    getLineColor: CITY_LINE,
    lineWidthUnits: 'pixels',
    getLineWidth: 1.2,
    pickable: true,
    autoHighlight: false,
    updateTriggers: { getFillColor: `${visible.key}|${fillMode(state)}` },
  });
}
