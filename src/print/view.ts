import type { PrintState } from './input.ts';
import type { Features } from '../model/index.ts';
import { boundsOf, centred, fitBounds, mercator, type Projection, type Rect } from './mercator.ts';

/** The width in screen pixels that a page's map is taken to span when the URL gives a view. */
export const REFERENCE_WIDTH_PX = 1280;
const TILE = 512;

/** The lon/lat box of the cities. */
export const provinceBounds = (features: Features) =>
  boundsOf(features.cities.features.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flatMap((p) => p[0]!)));

/**
 * The map's projection in a page rectangle: the URL's view (centre, and the ground a 1280 px wide
 * screen shows at its zoom), or the province framed whole when the URL has none, as the page starts.
 */
export function viewProjection(state: Pick<PrintState, 'view'>, features: Features, rect: Rect, only: [number, number, number, number] | null = null): Projection {
  if (only) return fitBounds(rect, only, Math.min(rect.w, rect.h) * 0.06);
  if (!state.view) return fitBounds(rect, provinceBounds(features), Math.min(rect.w, rect.h) * 0.03);
  const worldWidth = REFERENCE_WIDTH_PX / (TILE * 2 ** state.view.zoom);
  return centred(rect, mercator([state.view.lon, state.view.lat]), rect.w / worldWidth);
}

/** Points per screen pixel for a map this many points wide: the page's 1280 px span fills the width. */
export const pxScale = (proj: Projection, state: Pick<PrintState, 'view'>) =>
  state.view ? proj.rect.w / REFERENCE_WIDTH_PX : Math.min(1, proj.rect.w / 1000);
