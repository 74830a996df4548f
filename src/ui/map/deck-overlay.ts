import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer } from '@deck.gl/core';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { DECK_BEFORE } from '../../layers/map-style.ts';
import { pickedFromDeck, type Picked } from './map-picks.ts';

// Loaded with import() once a deck.gl layer has something to draw (or after the first view is idle),
// so the first page load fetches neither deck.gl nor luma.gl.
export { buildDeckLayers } from '../../layers/index.ts';

export type { MapLibreOverlay };

/** deck.gl drawn inside MapLibre's frame (interleaved), below the style's marks and labels. */
export function addOverlay(map: MapLibreMap, layers: Layer[]): MapLibreOverlay {
  const overlay = new MapLibreOverlay({ interleaved: true, layers: belowMarks(layers) });
  map.addControl(overlay);
  slotInWhenLoaded(map, overlay);
  return overlay;
}

export function setOverlayLayers(map: MapLibreMap, overlay: MapLibreOverlay, layers: Layer[]): void {
  overlay.setProps({ layers: belowMarks(layers) });
  slotInWhenLoaded(map, overlay);
}

/**
 * deck.gl puts its layers into the style's order (below DECK_BEFORE) only while map.isStyleLoaded();
 * while a source is still loading (one just added, or reloading for a changed paint expression) it
 * skips that and draws over everything, labels included. So it is asked again, with its current
 * layers, once the map is idle.
 */
function slotInWhenLoaded(map: MapLibreMap, overlay: MapLibreOverlay) {
  if (map.isStyleLoaded()) return;
  map.once('idle', () => {
    const current = (overlay as unknown as { _props: { layers?: Layer[] } })._props.layers;
    if (current) overlay.setProps({ layers: current });
  });
}

/** The deck.gl object under a screen point, if any. */
export function pickOverlay(overlay: MapLibreOverlay, x: number, y: number): Picked | null {
  const info = overlay.pickObject({ x, y, radius: 2 });
  return info ? pickedFromDeck(info.layer?.id, info.object) : null;
}

const belowMarks = (layers: Layer[]) => layers.map((l) => l.clone({ beforeId: DECK_BEFORE } as never));
