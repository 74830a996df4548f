import { TextLayer } from '@deck.gl/layers';
import type { Adcode, CityFeature } from '../model/index.ts';
import { RANK_STARS } from '../model/index.ts';
import type { LayerInput } from './input.ts';
import { fillMode } from './mode.ts';

interface StarMark { city: Adcode; position: [number, number]; text: string }

/** ★ marks under each ranked city's label for the chosen cluster (rank readable without colour). */
export function starsLayer({ features, visible, state }: LayerInput) {
  const cluster = state.cluster;
  const data: StarMark[] = cluster && fillMode(state) === 'rank'
    ? features.cities.features.flatMap((f: CityFeature) => {
      const rank = f.properties[`rank_${cluster}`];
      const point = features.cityPoints.get(f.id);
      return rank && point && visible.cityIds.has(f.id) ? [{ city: f.id, position: point, text: RANK_STARS[rank] }] : [];
    })
    : [];
  return new TextLayer<StarMark>({
    id: 'stars',
    data,
    visible: data.length > 0 && state.layers.includes('cities'),
    getPosition: (d) => d.position,
    getText: (d) => d.text,
    getSize: 15,
    getColor: [40, 20, 10, 255],
    getPixelOffset: [0, 16],
    outlineWidth: 3,
    outlineColor: [255, 255, 255, 230],
    fontSettings: { sdf: true },
    characterSet: ['★'],
    fontFamily: 'sans-serif',
    pickable: false,
  });
}
