import type { LayerSpecification } from 'maplibre-gl';
import { ZONE_IDS } from '../model/index.ts';
import { fromTiles } from './basemap.ts';
import { matchBy, rgba, visibility } from './expressions.ts';
import type { LayerInput } from './input.ts';
import { fillMode } from './mode.ts';
import { ZONE_COLORS, zoneFill } from './palette.ts';

const FADED_LINE = rgba([150, 150, 150, 120]);

/** Zones are filled (and clickable) only when nothing else colours the map. */
export const zonesFilled = ({ show, visible }: Pick<LayerInput, 'show' | 'visible'>) =>
  show.layers.includes('zones') && !show.layers.includes('cities') && fillMode(show.layers, visible.filters.cluster) === 'zone';

/**
 * The zone outlines are shown, opaque, and none is faded: they trace the province's outline (both are
 * dissolved from the same city shapes, see geo/build.ts) wider than it is drawn, which then never shows.
 */
export function zonesCoverProvinceOutline({ visible, show, opacity }: Pick<LayerInput, 'visible' | 'show' | 'opacity'>): boolean {
  return show.layers.includes('zones') && (opacity?.zones ?? 1) === 1 && ZONE_IDS.every((z) => visible.zoneIds.has(z));
}

/** The zone fill and the zone outlines, drawn over the cities. */
export function zoneStyleLayers({ visible, show, opacity }: LayerInput): LayerSpecification[] {
  const fills = new Map(ZONE_IDS.map((z) => [z as string, rgba(zoneFill(z, visible.zoneIds.has(z) ? 200 : 60))]));
  const lines = new Map(ZONE_IDS.map((z) => [z as string, visible.zoneIds.has(z) ? rgba(ZONE_COLORS[z]) : FADED_LINE]));
  const alpha = opacity?.zones ?? 1;
  return [
    {
      id: 'zones-fill', type: 'fill', ...fromTiles('zones'), layout: { visibility: visibility(zonesFilled({ show, visible })) },
      paint: { 'fill-color': matchBy('zone', fills, FADED_LINE), 'fill-opacity': alpha, 'fill-antialias': false },
    },
    {
      id: 'zones-line', type: 'line', ...fromTiles('zones'), layout: { visibility: visibility(show.layers.includes('zones')) },
      paint: { 'line-color': matchBy('zone', lines, FADED_LINE), 'line-width': 3, 'line-opacity': alpha },
    },
  ];
}
