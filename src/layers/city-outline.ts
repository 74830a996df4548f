import { GeoJsonLayer } from '@deck.gl/layers';
import type { Adcode, CityFeature, Features } from '../model/index.ts';
import type { RGBA } from './palette.ts';

const NONE: RGBA = [0, 0, 0, 0];

/** City outlines for a few chosen cities (colour and width per city); every other city draws nothing. */
export function cityOutlineLayer(id: string, features: Features, outlines: ReadonlyMap<Adcode, { color: RGBA; width: number }>, trigger: string) {
  return new GeoJsonLayer<CityFeature['properties']>({
    id,
    data: features.cities as never,
    visible: outlines.size > 0,
    filled: false,
    stroked: true,
    getLineColor: (f) => outlines.get((f as CityFeature).id)?.color ?? NONE,
    getLineWidth: (f) => outlines.get((f as CityFeature).id)?.width ?? 0,
    lineWidthUnits: 'pixels',
    pickable: false,
    updateTriggers: { getLineColor: trigger, getLineWidth: trigger },
  });
}
