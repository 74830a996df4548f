import type { FilterState } from '../filters/state.ts';

/**
 * The spatial selection as an export's `metadata.selection`, readable without decoding the URL: the
 * point and radius of `near`, the area of `within` as GeoJSON geometry. Nothing when there is none.
 */
export function selectionMetadata({ near, within }: Pick<FilterState, 'near' | 'within'>) {
  if (!near && !within) return {};
  return {
    selection: {
      ...(near ? { near: { center: [near.lon, near.lat], km: near.km, distance: 'great-circle (turf), to a project point or the nearest point of a line' } } : {}),
      ...(within ? {
        within: {
          outside: within.outside,
          area: within.polygons.length === 1
            ? { type: 'Polygon', coordinates: within.polygons[0] }
            : { type: 'MultiPolygon', coordinates: within.polygons },
        },
      } : {}),
    },
  };
}
