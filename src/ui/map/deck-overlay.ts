import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer } from '@deck.gl/core';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { DECK_BEFORE } from '../../layers/map-style.ts';
import { pickedFromDeck, type Picked } from './map-picks.ts';

// Loaded with import() once a deck.gl layer has something to draw (or after the first view is idle),
// so the first page load fetches neither deck.gl nor luma.gl.
export { buildDeckLayers } from '../../layers/index.ts';

/** deck.gl drawn inside MapLibre's frame, with the layers it was last given. */
export interface DeckOverlay {
  setLayers(layers: Layer[]): void;
  /** The deck.gl object under a screen point, if any. */
  pick(x: number, y: number): Picked | null;
  /** Tells deck.gl the canvas's drawing-buffer size after MapLibre changed its pixel ratio (for a 2× export). */
  matchDrawingBuffer(): void;
}

/** deck.gl drawn inside MapLibre's frame (interleaved), below the style's marks and labels. */
export function addOverlay(map: MapLibreMap, layers: Layer[]): DeckOverlay {
  let current = belowMarks(layers);
  const overlay = new MapLibreOverlay({ interleaved: true, layers: current });
  map.addControl(overlay);
  /**
   * deck.gl puts its layers into the style's order (below DECK_BEFORE) only while map.isStyleLoaded();
   * while a source is still loading (one just added, or reloading for a changed paint expression) it
   * skips that and draws over everything, labels included. So it is given its current layers again
   * once the map is idle.
   */
  const slotInWhenLoaded = () => {
    if (!map.isStyleLoaded()) map.once('idle', () => overlay.setProps({ layers: current }));
  };
  slotInWhenLoaded();
  return {
    setLayers(next) {
      current = belowMarks(next);
      overlay.setProps({ layers: current });
      slotInWhenLoaded();
    },
    pick(x, y) {
      const info = overlay.pickObject({ x, y, radius: 2 });
      return info ? pickedFromDeck(info.layer?.id, info.object) : null;
    },
    matchDrawingBuffer: () => setDrawingBufferSize(overlay, map.getCanvas()),
  };
}

/**
 * deck.gl learns its drawing-buffer size from a ResizeObserver, which does not fire when only MapLibre's
 * pixel ratio changes, and has no public call for it: this is the one place that reaches into deck.gl's
 * internals. When they change, it says so on the console (the e2e tests fail on console errors, and the
 * 2× PNG test draws deck.gl markers) instead of exporting a picture whose markers are misplaced.
 */
function setDrawingBufferSize(overlay: MapLibreOverlay, canvas: HTMLCanvasElement): void {
  const context = (overlay as unknown as { _deck?: { device?: { canvasContext?: { setDrawingBufferSize?(w: number, h: number): void } } } })._deck?.device?.canvasContext;
  if (typeof context?.setDrawingBufferSize !== 'function') {
    console.error('deck.gl: canvasContext.setDrawingBufferSize is gone; a PNG export at another pixel ratio misplaces deck.gl layers');
    return;
  }
  context.setDrawingBufferSize(canvas.width, canvas.height);
}

const belowMarks = (layers: Layer[]) => layers.map((l) => l.clone({ beforeId: DECK_BEFORE } as never));
