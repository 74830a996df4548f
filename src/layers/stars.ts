import type { LayerSpecification } from 'maplibre-gl';
import { RANK_STARS } from '../model/index.ts';
import { fromTiles } from './basemap.ts';
import { matchBy, visibility } from './expressions.ts';
import type { LayerInput } from './input.ts';
import { fillMode } from './mode.ts';
import { STAR_SIZE, markOffsets, offsetByZoom } from './mark-layout.ts';


/** ★ marks under each visible ranked city's label for the chosen cluster: rank readable without colour. */
export function starsStyleLayer({ features, visible, show, scale = 1 }: LayerInput): LayerSpecification {
  const cluster = visible.filters.cluster;
  const stars = new Map<string, string>();
  if (cluster && fillMode(show.layers, cluster) === 'rank') {
    for (const f of features.cities.features) {
      const rank = f.properties[`rank_${cluster}`];
      if (rank && visible.cityIds.has(f.id)) stars.set(f.id, RANK_STARS[rank]);
    }
  }
  return {
    id: 'stars', type: 'symbol', ...fromTiles('labels'), filter: ['has', 'adcode'],
    layout: {
      visibility: visibility(stars.size > 0 && show.layers.includes('cities')),
      'text-field': matchBy('adcode', stars, ''),
      // under the name at every zoom (the name's size follows the zoom)
      'text-size': STAR_SIZE * scale, 'text-font': ['sans-serif'],
      'text-offset': offsetByZoom(STAR_SIZE * scale, (z) => markOffsets(z, scale, show.lang, true).starsY) as never,
      // marks of the plan's own ranks are never dropped for a collision with a name
      'text-allow-overlap': true, 'text-ignore-placement': true,
    },
    paint: { 'text-color': 'rgb(40,20,10)', 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.8 },
  };
}
