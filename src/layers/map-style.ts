import type { FeatureCollection } from 'geojson';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../filters/state.ts';
import type { Features } from '../model/index.ts';
import { cityStyleLayers } from './cities.ts';
import type { LayerInput } from './input.ts';
import { metroStyleLayer } from './metro.ts';
import { rolesStyleLayer } from './roles.ts';
import { selectionStyleLayer } from './selection.ts';
import { starsStyleLayer } from './stars.ts';
import { subSectorStyleLayer } from './sub-sector-outline.ts';
import { zoneStyleLayers } from './zones.ts';

export interface BasemapData {
  neighbours: FeatureCollection;
  province: FeatureCollection;
  labels: FeatureCollection; // city label points with adcode, label_zh, label_en
}

export const SEA = '#dde9f0';
export const LAND = '#f6f4ee';

/** deck.gl's layers (projects, sub-sectors, imports) are drawn just below this style layer. */
export const DECK_BEFORE = 'stars';

/** The style layers that the map's clicks and hovers pick from, topmost first. */
export const PICKABLE_STYLE_LAYERS = ['zones-fill', 'cities-fill'];

/** Every style layer in drawing order: a pure function of (data, view state), like the deck.gl layers. */
export function styleLayers(input: LayerInput): LayerSpecification[] {
  const lang = input.state.lang;
  return [
    { id: 'sea', type: 'background', paint: { 'background-color': SEA } },
    { id: 'neighbours-fill', type: 'fill', source: 'neighbours', paint: { 'fill-color': '#ebe9e3' } },
    { id: 'neighbours-line', type: 'line', source: 'neighbours', paint: { 'line-color': '#c4c1b8', 'line-width': 0.8 } },
    {
      id: 'neighbours-label', type: 'symbol', source: 'neighbours',
      layout: { 'text-field': ['get', lang === 'zh' ? 'name_zh' : 'name_en'], 'text-size': 13, 'text-font': ['sans-serif'] },
      paint: { 'text-color': '#9a978f', 'text-halo-color': '#ebe9e3', 'text-halo-width': 1.5 },
    },
    { id: 'province-fill', type: 'fill', source: 'province', paint: { 'fill-color': LAND } },
    { id: 'province-line', type: 'line', source: 'province', paint: { 'line-color': '#6d6a62', 'line-width': 1.6 } },
    ...cityStyleLayers(input), ...zoneStyleLayers(input), metroStyleLayer(input), subSectorStyleLayer(input), selectionStyleLayer(input),
    starsStyleLayer(input), rolesStyleLayer(input),
    {
      id: 'city-labels', type: 'symbol', source: 'labels',
      layout: {
        'text-field': lang === 'zh'
          ? ['format', ['get', 'label_zh'], { 'font-scale': 1 }, '\n', {}, ['get', 'label_en'], { 'font-scale': 0.72 }]
          : ['get', 'label_en'],
        'text-size': ['interpolate', ['linear'], ['zoom'], 5, 11, 8, 15, 10, 18],
        'text-font': ['sans-serif'],
        'text-allow-overlap': false,
        'text-padding': 1,
      },
      paint: { 'text-color': '#1d1d1b', 'text-halo-color': 'rgba(255,255,255,0.92)', 'text-halo-width': 1.6 },
    },
  ];
}

/** The embedded offline style: GeoJSON sources only, no tiles and no glyphs URL (text uses the machine's fonts). */
export function mapStyle(basemap: BasemapData, features: Features, layers: LayerSpecification[]): StyleSpecification {
  return {
    version: 8,
    sources: {
      neighbours: { type: 'geojson', data: basemap.neighbours },
      province: { type: 'geojson', data: basemap.province },
      labels: { type: 'geojson', data: basemap.labels },
      cities: { type: 'geojson', data: features.cities as never },
      zones: { type: 'geojson', data: features.zones as never },
      metros: { type: 'geojson', data: features.metros as never },
    },
    layers,
  };
}
