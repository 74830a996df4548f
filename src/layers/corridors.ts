import { GeoJsonLayer } from '@deck.gl/layers';
import type { CorridorFeature, CorridorKind } from '../model/index.ts';
import type { LayerInput } from './input.ts';
import { CORRIDOR_COLORS } from './corridor-palette.ts';

export { CORRIDOR_COLORS };

const BAND_FILL = 30;  // bands and areas are translucent so the cities under them still read
const LINE_WIDTH = 5;

const EMPTY: CorridorFeature[] = [];
const shownCache = new WeakMap<ReadonlySet<string>, CorridorFeature[]>();

/**
 * The corridors the filters leave, in data order; the same array for the same filter result (so
 * deck.gl keeps its buffers), and nothing while the layer is off (building them takes a moment).
 */
export function corridorData(input: Pick<LayerInput, 'features' | 'visible' | 'show'>): CorridorFeature[] {
  if (!input.show.layers.includes('corridors')) return EMPTY;
  const ids = input.visible.corridorIds;
  let data = shownCache.get(ids);
  if (!data) shownCache.set(ids, (data = input.features.corridors.features.filter((f) => ids.has(f.id))));
  return data;
}

const colorOf = (f: CorridorFeature) => CORRIDOR_COLORS[f.properties.kind as CorridorKind];

/** Axes as lines, belts and regions as translucent areas with an outline. */
export function corridorsLayer(input: LayerInput) {
  const { show, hoverCorridor, selectedCorridor } = input;
  const emphasis = (f: CorridorFeature) => (f.id === hoverCorridor || f.id === selectedCorridor ? 2 : 1);
  return new GeoJsonLayer<CorridorFeature['properties']>({
    id: 'corridors',
    data: corridorData(input) as never,
    visible: show.layers.includes('corridors'),
    filled: true,
    stroked: true,
    getFillColor: (f) => {
      const [r, g, b] = colorOf(f as CorridorFeature);
      return [r, g, b, BAND_FILL * emphasis(f as CorridorFeature)];
    },
    getLineColor: (f) => colorOf(f as CorridorFeature),
    lineWidthUnits: 'pixels',
    getLineWidth: (f) => (f.geometry.type === 'LineString' ? LINE_WIDTH : 1.5) * emphasis(f as CorridorFeature),
    lineCapRounded: true,
    lineJointRounded: true,
    pickable: true,
    updateTriggers: { getFillColor: [hoverCorridor, selectedCorridor], getLineWidth: [hoverCorridor, selectedCorridor] },
  });
}
