import type { LayerSpecification } from 'maplibre-gl';
import { AREA_HIT_LAYERS, areaHitLayers } from './area-hits.ts';
import { basemapLayers, fromTiles, neighbourLabelLayer } from './basemap.ts';
import { cityStyleLayers, citiesCoverLand } from './cities.ts';
import { matchBy } from './expressions.ts';
import { EN_LINE, LABEL_STOPS } from './mark-layout.ts';
import type { LayerInput } from './input.ts';
import { metroStyleLayer } from './metro.ts';
import { rolesStyleLayer } from './roles.ts';
import { selectionStyleLayer } from './selection.ts';
import { starsStyleLayer } from './stars.ts';
import { zoneStyleLayers, zonesCoverProvinceOutline } from './zones.ts';

/** deck.gl's layers (projects, sub-sector labels, imports) are drawn just below this style layer. */
export const DECK_BEFORE = 'stars';

/** The style layers that the map's clicks and hovers pick from. */
export const PICKABLE_STYLE_LAYERS = [...AREA_HIT_LAYERS, 'zones-fill', 'cities-fill'];

/** City names at the label points: short Chinese name over the English one, or English alone. */
function cityLabelLayer({ model, show, scale = 1 }: LayerInput): LayerSpecification {
  const zh = new Map(model.cities.map((c) => [c.id as string, c.short_zh]));
  const en = new Map(model.cities.map((c) => [c.id as string, c.name_en]));
  return {
    id: 'city-labels', type: 'symbol', ...fromTiles('labels'), filter: ['has', 'adcode'],
    layout: {
      'text-field': show.lang === 'zh'
        ? ['format', matchBy('adcode', zh, ''), { 'font-scale': 1 }, '\n', {}, matchBy('adcode', en, ''), { 'font-scale': EN_LINE }] as never
        : matchBy('adcode', en, ''),
      'text-size': ['interpolate', ['linear'], ['zoom'], ...LABEL_STOPS.flatMap(([z, size]) => [z, size * scale])] as never,
      'text-font': ['sans-serif'],
      'text-allow-overlap': false,
      'text-padding': 1,
    },
    paint: { 'text-color': '#1d1d1b', 'text-halo-color': 'rgba(255,255,255,0.92)', 'text-halo-width': 1.6 },
  };
}

/** The plan's layers over the basemap, in drawing order; deck.gl's slot in below DECK_BEFORE. */
function planLayers(input: LayerInput): LayerSpecification[] {
  return [
    ...cityStyleLayers(input), ...zoneStyleLayers(input), metroStyleLayer(input), ...areaHitLayers(input), selectionStyleLayer(),
    starsStyleLayer(input), rolesStyleLayer(input), neighbourLabelLayer(input.show.lang), cityLabelLayer(input),
  ];
}

/** Every style layer in drawing order: a pure function of (data, view state), like the deck.gl layers. */
export const styleLayers = (input: LayerInput): LayerSpecification[] => [
  ...basemapLayers(input.show.lang, { land: citiesCoverLand(input), outline: zonesCoverProvinceOutline(input) }).filter((l) => l.id !== 'neighbours-label'),
  ...planLayers(input),
];
