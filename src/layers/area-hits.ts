import type { LayerSpecification } from 'maplibre-gl';
import { fromTiles } from './basemap.ts';
import { visibility } from './expressions.ts';
import type { LayerInput } from './input.ts';

/** How wide (px) a zone or metropolitan-area outline answers a click or hover: wider than it is drawn. */
const HIT_WIDTH = 9;

/**
 * Invisible layers that make zones and metropolitan areas clickable wherever they are drawn: along the
 * zone outlines and the metro outlines, and inside a metro area when no city fill lies over it. They draw
 * nothing (opacity 0) but MapLibre still answers queryRenderedFeatures from them.
 */
export function areaHitLayers({ show }: Pick<LayerInput, 'show'>): LayerSpecification[] {
  const zones = show.layers.includes('zones');
  const metro = show.layers.includes('metro');
  return [
    {
      id: 'metro-fill-hit', type: 'fill', source: 'metros', layout: { visibility: visibility(metro && !show.layers.includes('cities')) },
      paint: { 'fill-color': '#000', 'fill-opacity': 0 },
    },
    {
      id: 'zones-hit', type: 'line', ...fromTiles('zones'), layout: { visibility: visibility(zones) },
      paint: { 'line-color': '#000', 'line-opacity': 0, 'line-width': HIT_WIDTH },
    },
    {
      id: 'metro-hit', type: 'line', source: 'metros', layout: { visibility: visibility(metro) },
      paint: { 'line-color': '#000', 'line-opacity': 0, 'line-width': HIT_WIDTH },
    },
  ];
}

/** The hit layers, first in the order clicks ask them (the outline a click lands on before the area it lies in). */
export const AREA_HIT_LAYERS = ['metro-hit', 'zones-hit', 'metro-fill-hit'];
