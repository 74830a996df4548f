import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import type { FilterState } from '../filters/state.ts';
import type { Adcode, Features } from '../model/index.ts';
import { rgba } from './expressions.ts';
import { HOVER_LINE, SELECTED_LINE } from './palette.ts';

export type CityOutline = 'hover' | 'selected';

/** Which cities are outlined: the hovered one and the selected one, the selection winning. */
export function cityOutlines(state: Pick<FilterState, 'city'>, hover: Adcode | null): Map<Adcode, CityOutline> {
  const outlines = new Map<Adcode, CityOutline>();
  if (hover && hover !== state.city) outlines.set(hover, 'hover');
  if (state.city) outlines.set(state.city, 'selected');
  return outlines;
}

const LOOK: Record<CityOutline, { colour: string; width: number }> = {
  hover: { colour: rgba(HOVER_LINE), width: 2 },
  selected: { colour: rgba(SELECTED_LINE), width: 3.5 },
};

export interface OutlineProperties { adcode: Adcode; outline: CityOutline; colour: string; width: number }

/**
 * The outlined cities' shapes, for a source of their own: a few features that the map tiles in
 * moments, where an outline layer over every city would be tiled with all 21 at the first view.
 * In map order, the selection last so that it is drawn on top.
 */
export function outlineCollection(features: Pick<Features, 'cities'>, outlines: ReadonlyMap<Adcode, CityOutline>): FeatureCollection<Polygon | MultiPolygon, OutlineProperties> {
  const shapes = new Map(features.cities.features.map((f) => [f.id, f.geometry]));
  return {
    type: 'FeatureCollection',
    features: [...outlines].flatMap(([adcode, outline]) => {
      const geometry = shapes.get(adcode);
      return geometry ? [{ type: 'Feature' as const, geometry, properties: { adcode, outline, ...LOOK[outline] } }] : [];
    }),
  };
}

/** The source the outline layer draws: empty until the app outlines a city. */
export const OUTLINES_SOURCE: GeoJSONSourceSpecification = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };

/** The hovered and selected cities' outlines, as the outlines source gives them (see outlineCollection). */
export function selectionStyleLayer(): LayerSpecification {
  return {
    id: 'selection-line', type: 'line', source: 'outlines', layout: {},
    paint: { 'line-color': ['to-color', ['get', 'colour']] as never, 'line-width': ['get', 'width'] as never },
  };
}
