import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, type MutableRefObject } from 'react';
import type { DrawSession } from './draw-session.ts';

// One drawing session per map, shared by the selection tools (side panel) and the measure tools (top
// bar, kept when presenting). Terra Draw is imported on the first use.
const sessions = new WeakMap<MapLibreMap, Promise<DrawSession>>();

export function drawSessionOf(mapRef: MutableRefObject<MapLibreMap | null>): Promise<DrawSession> | null {
  const map = mapRef.current;
  if (!map) return null;
  let session = sessions.get(map);
  if (!session) sessions.set(map, (session = import('./draw-session.ts').then(({ drawSession }) => drawSession(map))));
  return session;
}

/** While a tool draws, a click on the map adds a point instead of selecting a city (map-view.tsx reads the flag). */
export function useDrawingFlag(mapRef: MutableRefObject<MapLibreMap | null>, active: string | null): void {
  useEffect(() => {
    const container = mapRef.current?.getContainer();
    if (!container) return;
    if (active) { container.dataset['drawing'] = active; return; }
    const later = setTimeout(() => { delete container.dataset['drawing']; }, 400); // the click that finished a shape is not a city click
    return () => clearTimeout(later);
  }, [active, mapRef]);
}
