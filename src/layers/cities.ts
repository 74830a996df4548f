import type { LayerSpecification } from 'maplibre-gl';
import type { CityFeature, MetroId } from '../model/index.ts';
import { fromTiles } from './basemap.ts';
import { matchBy, perFeature, rgba, visibility } from './expressions.ts';
import type { LayerInput } from './input.ts';
import { fillMode } from './mode.ts';
import { DIMMED, UNRANKED, countColor, metroFill, zoneFill, type RGBA } from './palette.ts';
import { cityLine, rankColors } from './contrast-palette.ts';

/** The colour a city is filled with, given the mode; exported for tests and the pixel probes. */
export function cityFillColor(f: CityFeature, input: Pick<LayerInput, 'visible' | 'show' | 'choropleth'>): RGBA {
  const p = f.properties;
  if (!input.visible.cityIds.has(p.city_id)) return DIMMED;
  if (input.choropleth) return input.choropleth.colorOf(p.city_id);
  switch (fillMode(input.show.layers, input.visible.filters.cluster)) {
    case 'rank': {
      const rank = p[`rank_${input.visible.filters.cluster!}`];
      return rank ? rankColors(input.show.theme)[rank] : UNRANKED;
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

/** The city fills are shown, opaque, and no city is dimmed: the land under them never shows. */
export function citiesCoverLand(input: LayerInput): boolean {
  return input.show.layers.includes('cities') && (input.opacity?.cities ?? 1) === 1
    && input.features.cities.features.every((f) => cityFillColor(f, input)[3] === 255);
}

/** The city fills (the picking target for cities) and their white outlines, as MapLibre style layers. */
export function cityStyleLayers(input: LayerInput): LayerSpecification[] {
  const shown = visibility(input.show.layers.includes('cities'));
  const opacity = input.opacity?.cities ?? 1;
  const colours = new Map(input.features.cities.features.map((f) => [f.id as string, rgba(cityFillColor(f, input))]));
  return [
    {
      id: 'cities-fill', type: 'fill', ...fromTiles('cities'), layout: { visibility: shown },
      paint: { 'fill-color': matchBy('adcode', colours, rgba(UNRANKED)), 'fill-opacity': opacity, 'fill-antialias': false },
    },
    {
      id: 'cities-line', type: 'line', ...fromTiles('cities'), layout: { visibility: shown },
      paint: { 'line-color': perFeature(rgba(cityLine(input.show.theme).color)), 'line-width': cityLine(input.show.theme).width, 'line-opacity': opacity },
    },
  ];
}
