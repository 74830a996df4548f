import { GeoJsonLayer } from '@deck.gl/layers';
import type { LayerInput } from './input.ts';
import { IMPORTED_COLOR, type RGBA } from './palette.ts';

const HIDDEN: RGBA = [0, 0, 0, 0];
const cache = new WeakMap<object, { type: 'FeatureCollection'; features: unknown[] }>();

/** The analyst's own file as an extra layer: points, lines and areas in one colour, hidden when filtered out. */
export function importedLayer(input: LayerInput) {
  const imported = input.imported ?? null;
  let data = imported ? cache.get(imported.layer) : undefined;
  if (imported && !data) {
    data = { type: 'FeatureCollection', features: imported.layer.features.map((f) => ({ type: 'Feature', id: f.id, geometry: f.geometry, properties: { __id: f.id } })) };
    cache.set(imported.layer, data);
  }
  const shown = (f: { properties: { __id: string } | null }) => !!f.properties && !!imported?.visibleIds.has(f.properties.__id);
  const [r, g, b] = IMPORTED_COLOR;
  return new GeoJsonLayer<{ __id: string }>({
    id: 'imported',
    data: (data ?? { type: 'FeatureCollection', features: [] }) as never,
    visible: !!imported,
    pointType: 'circle',
    getPointRadius: 5,
    pointRadiusUnits: 'pixels',
    getFillColor: (f) => (shown(f) ? [r, g, b, 200] : HIDDEN),
    getLineColor: (f) => (shown(f) ? [r, g, b, 255] : HIDDEN),
    lineWidthUnits: 'pixels',
    getLineWidth: 2,
    pickable: true,
    updateTriggers: { getFillColor: imported?.key, getLineColor: imported?.key },
  });
}

