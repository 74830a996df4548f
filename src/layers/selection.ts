import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import type { Adcode, Features, SubSector } from '../model/index.ts';
import { rgba } from './expressions.ts';
import { HOVER_LINE, SELECTED_LINE, SUB_SECTOR_ROLE_COLORS } from './palette.ts';

export type CityOutline = 'sub-sector' | 'hover' | 'selected';

/** One outlined city: why, and the line it is drawn with. */
export interface Outline { adcode: Adcode; outline: CityOutline; colour: string; width: number }

/**
 * The outlined cities, bottom to top: the chosen sub-sector's cities in the colour of the role word
 * the 专栏 uses, the hovered city, and the selected one (which wins over the hover).
 */
export function cityOutlines(selected: Adcode | null, hover: Adcode | null, subSector: SubSector | null = null): Outline[] {
  const outlines: Outline[] = (subSector?.cities ?? []).map((m) => ({ adcode: m.city, outline: 'sub-sector', colour: rgba(SUB_SECTOR_ROLE_COLORS[m.role]), width: 4 }));
  if (hover && hover !== selected) outlines.push({ adcode: hover, outline: 'hover', colour: rgba(HOVER_LINE), width: 2 });
  if (selected) outlines.push({ adcode: selected, outline: 'selected', colour: rgba(SELECTED_LINE), width: 3.5 });
  return outlines;
}

/**
 * The outlined cities' shapes, for a source of their own: a few features that the map tiles in
 * moments, where an outline layer over every city would be tiled with all 21 (and again on each
 * change of a paint expression). In drawing order.
 */
export function outlineCollection(features: Pick<Features, 'cities'>, outlines: readonly Outline[]): FeatureCollection<Polygon | MultiPolygon, Outline> {
  return {
    type: 'FeatureCollection',
    features: outlines.flatMap((properties) => {
      const city = features.cities.features.find((f) => f.id === properties.adcode);
      return city ? [{ type: 'Feature' as const, geometry: city.geometry, properties }] : [];
    }),
  };
}

/** The source the outline layer draws: empty until the app outlines a city. */
export const OUTLINES_SOURCE: GeoJSONSourceSpecification = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };

/** The outlined cities (sub-sector, hover, selection), as the outlines source gives them (see outlineCollection). */
export function selectionStyleLayer(): LayerSpecification {
  return {
    id: 'selection-line', type: 'line', source: 'outlines', layout: {},
    paint: { 'line-color': ['to-color', ['get', 'colour']] as never, 'line-width': ['get', 'width'] as never },
  };
}
