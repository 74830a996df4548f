import circle from '@turf/circle';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { FilterState } from '../filters/state.ts';
import { rgba } from './expressions.ts';
import { SELECTED_LINE } from './palette.ts';

/** How the selection's outline is drawn: the line layer of the outlines source reads these two. */
export interface AreaOutline { outline: 'area'; colour: string; width: number }

/**
 * The spatial selection's outline (the `near` circle, the `within` area), drawn on top of the city
 * outlines in the same source and line layer (selection.ts). Pure: the same filters give the same shapes.
 */
export function areaOutlines(filters: Pick<FilterState, 'near' | 'within'>): Feature<Polygon | MultiPolygon, AreaOutline>[] {
  const properties: AreaOutline = { outline: 'area', colour: rgba(SELECTED_LINE), width: 2.5 };
  const out: Feature<Polygon | MultiPolygon, AreaOutline>[] = [];
  if (filters.near) {
    const ring = circle([filters.near.lon, filters.near.lat], filters.near.km, { steps: 96, units: 'kilometers' });
    out.push({ type: 'Feature', geometry: ring.geometry, properties });
  }
  if (filters.within) out.push({ type: 'Feature', geometry: { type: 'MultiPolygon', coordinates: filters.within.polygons }, properties });
  return out;
}

/** The outline collection with the selection's outline added last (drawn on top). */
export function withAreaOutlines<P extends object>(collection: FeatureCollection<Polygon | MultiPolygon, P>, filters: Pick<FilterState, 'near' | 'within'>):
  FeatureCollection<Polygon | MultiPolygon, P | AreaOutline> {
  const areas = areaOutlines(filters);
  return areas.length ? { type: 'FeatureCollection', features: [...collection.features, ...areas] } : collection;
}
