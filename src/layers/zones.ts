import { GeoJsonLayer } from '@deck.gl/layers';
import type { ZoneFeature } from '../model/index.ts';
import type { LayerInput } from './input.ts';
import { fillMode } from './mode.ts';
import { ZONE_COLORS, zoneFill } from './palette.ts';

/** Zone outlines over the cities; filled only when nothing else colours the map. */
export function zonesLayer({ features, visible, state, opacity }: LayerInput) {
  const fillZones = !state.layers.includes('cities') && fillMode(state) === 'zone';
  return new GeoJsonLayer<ZoneFeature['properties']>({
    id: 'zones',
    data: features.zones as never,
    visible: state.layers.includes('zones'),
    opacity: opacity?.zones ?? 1,
    filled: fillZones,
    stroked: true,
    getFillColor: (f) => zoneFill((f as ZoneFeature).id, visible.zoneIds.has((f as ZoneFeature).id) ? 200 : 60),
    getLineColor: (f) => {
      const id = (f as ZoneFeature).id;
      return visible.zoneIds.has(id) ? ZONE_COLORS[id] : [150, 150, 150, 120];
    },
    lineWidthUnits: 'pixels',
    getLineWidth: 3,
    pickable: fillZones,
    updateTriggers: { getFillColor: visible.key, getLineColor: visible.key },
  });
}
