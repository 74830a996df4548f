import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer } from '@deck.gl/core';
import { DECK_BEFORE } from '../layers/map-style.ts';
import { pickedFromDeck, type Picked } from './map-picks.ts';

// Loaded with import() once a deck.gl layer has something to draw (or after the first view is idle),
// so the first page load fetches neither deck.gl nor luma.gl.
export { buildDeckLayers } from '../layers/index.ts';

export type { MapLibreOverlay };

/** deck.gl drawn inside MapLibre's frame (interleaved), below the style's marks and labels. */
export function createOverlay(layers: Layer[]): MapLibreOverlay {
  return new MapLibreOverlay({ interleaved: true, layers: belowMarks(layers) });
}

export function setOverlayLayers(overlay: MapLibreOverlay, layers: Layer[]): void {
  overlay.setProps({ layers: belowMarks(layers) });
}

/** The deck.gl object under a screen point, if any. */
export function pickOverlay(overlay: MapLibreOverlay, x: number, y: number): Picked | null {
  const info = overlay.pickObject({ x, y, radius: 2 });
  return info ? pickedFromDeck(info.layer?.id, info.object) : null;
}

const belowMarks = (layers: Layer[]) => layers.map((l) => l.clone({ beforeId: DECK_BEFORE } as never));
