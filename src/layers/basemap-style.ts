import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../filters/state.ts';

export interface BasemapData {
  neighbours: FeatureCollection;
  province: FeatureCollection;
  labels: FeatureCollection; // city label points with label_zh / label_en
}

export const SEA = '#dde9f0';
export const LAND = '#f6f4ee';

/** The embedded offline basemap: no tiles, no glyphs URL (text uses the machine's fonts). */
export function basemapStyle(data: BasemapData, lang: Lang): StyleSpecification {
  return {
    version: 8,
    sources: {
      neighbours: { type: 'geojson', data: data.neighbours },
      province: { type: 'geojson', data: data.province },
      labels: { type: 'geojson', data: data.labels },
    },
    layers: [
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
    ],
  };
}
