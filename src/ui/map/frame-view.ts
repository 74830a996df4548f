import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ShowState } from '../../filters/state.ts';
import { freePadding, insideFree, type Rect } from './framing.ts';
import { PROVINCE_BOUNDS } from './map-host.ts';

const PROGRAMMATIC = { programmatic: true };

/** A subject to frame: a selected city's bounds, or what a scene is about (west, south, east, north). */
export interface Focus { bounds: [number, number, number, number] }

/** What lies over the map (not beside it): the subject is framed clear of these. */
const COVERS = '.legend, .compare, .presenter-bar, .detail'; // a panel lies over the map only as a phone's bottom sheet

const round = (n: number, d: number) => Number(n.toFixed(d));

/** A camera animation's duration: none when the reader asked for reduced motion. */
export const motion = (ms: number) => (globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 0 : ms);

/**
 * The view that frames `focus` in the free part of the map. A selected city (fill false) moves the map only
 * when it is not wholly there already (null); a scene's subject (fill true) is fitted to fill the free part.
 */
export function frame(m: MapLibreMap, focus: Focus, fill = false): ShowState['view'] {
  m.resize(PROGRAMMATIC); // a panel that just opened narrowed the map: MapLibre's ResizeObserver may not have told it yet
  const container = m.getContainer();
  const box = container.getBoundingClientRect();
  const covers = [...document.querySelectorAll(COVERS)].map((e) => e.getBoundingClientRect());
  const padding = freePadding(box, covers);
  const [w, s, e, n] = focus.bounds;
  if (!fill) {
    const [a, b] = [m.project([w, n]), m.project([e, s])];
    const subject: Rect = { left: box.left + a.x, top: box.top + a.y, right: box.left + b.x, bottom: box.top + b.y };
    if (insideFree(subject, box, padding)) return null;
  }
  const camera = m.cameraForBounds([[w, s], [e, n]], { padding, maxZoom: 9 });
  if (!camera?.center || camera.zoom === undefined) return null;
  const center = camera.center as { lng: number; lat: number };
  // rounded down a little, so the rounded view still holds the whole subject
  return { lon: round(center.lng, 4), lat: round(center.lat, 4), zoom: Math.floor(Math.max(4, camera.zoom) * 100) / 100 };
}

/** Moves the camera to the state's view (the province when there is none). */
export function easeToState(m: MapLibreMap, view: ShowState['view']) {
  if (!view) {
    m.fitBounds(PROVINCE_BOUNDS, { padding: 24, duration: motion(600) }, PROGRAMMATIC);
    return;
  }
  const c = m.getCenter();
  if (Math.abs(c.lng - view.lon) < 1e-4 && Math.abs(c.lat - view.lat) < 1e-4 && Math.abs(m.getZoom() - view.zoom) < 0.01) return;
  m.easeTo({ center: [view.lon, view.lat], zoom: view.zoom, duration: motion(700) }, PROGRAMMATIC);
}
