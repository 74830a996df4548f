import { Map as MapLibreMap, setWorkerUrl, type LayerSpecification, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { ShowState } from '../../filters/state.ts';
import { basemapLayers, startStyle } from '../../layers/basemap.ts';
import { MAP_SOURCE_URLS } from './asset-urls.ts';
import { ScaleNorthControl } from './scale-north.ts';

setWorkerUrl(workerUrl);

/** Guangdong's extent: the default framing when the URL carries no view. */
export const PROVINCE_BOUNDS: [[number, number], [number, number]] = [[109.6, 20.1], [117.4, 25.6]];
export const ATTRIBUTION = '边界 Boundaries: echarts 4.9.0 map data (Apache-2.0), GCJ-02→WGS84 · 示意 indicative';

/** How long the app waits at most for a first view to be drawn before it loads anyway. */
const FIRST_VIEW_WAIT_MS = 4000;

/** A MapLibre map in its own element, so it can start before the app around it exists and move into it. */
export interface MapHost {
  map: MapLibreMap;
  element: HTMLDivElement;
  styleLoaded(): boolean;   // layers can be added
  sourceFailed(): boolean;  // a boundary tile or file did not load: the app starts a fresh map instead of adopting this one
}

type Framing = Pick<ShowState, 'view' | 'lang'>;

/** Where the e2e probes and the bench find the map: set once the plan's layers are on it, nowhere else. */
export function announcePlanDrawn(map: MapLibreMap): void {
  (window as unknown as { __gdmap?: MapLibreMap }).__gdmap = map;
}

/**
 * The style as an object URL. MapLibre reads a style object only in the next animation frame, after
 * its first render, which compiles shaders (hundreds of ms under software WebGL) while the worker waits
 * idle; a style by URL is read as soon as it arrives, so the worker starts on the boundary files first.
 */
function styleUrl(style: StyleSpecification): string {
  return URL.createObjectURL(new Blob([JSON.stringify(style)], { type: 'application/json' }));
}

/**
 * A map framed by the URL's view, with the basemap only or with a whole first view (the plan's layers
 * computed at build time, see src/layers/first-view.ts); throws when WebGL is unavailable.
 */
function createMapHost(slot: HTMLElement, { view, lang }: Framing, firstView?: readonly LayerSpecification[]): MapHost {
  const element = document.createElement('div');
  element.className = 'map-host';
  slot.appendChild(element); // MapLibre sizes its canvas from the element it is given
  performance.mark('map-created'); // read by the bench
  const style = styleUrl(startStyle(MAP_SOURCE_URLS, firstView ?? basemapLayers(lang)));
  let map: MapLibreMap;
  try {
    map = new MapLibreMap({
      container: element,
      style,
      bounds: view ? undefined : PROVINCE_BOUNDS,
      center: view ? [view.lon, view.lat] : undefined,
      zoom: view?.zoom,
      fitBoundsOptions: { padding: 24 },
      attributionControl: { compact: false, customAttribution: ATTRIBUTION },
      maxZoom: 12,
      minZoom: 4,
      dragRotate: false,
      pitchWithRotate: false,
      // labels appear at once: a fade keeps the map drawing frames (and from being idle) for 300 ms more
      fadeDuration: 0,
    });
  } catch (e) {
    URL.revokeObjectURL(style);
    element.remove();
    throw e;
  }
  // the plan's layers can be added as soon as the style is parsed, long before the map's first `load`:
  // then the worker tiles every source once, in one pass, with the plan's layers already on them
  map.addControl(new ScaleNorthControl(), 'bottom-left'); // scale bar and north arrow (issue 17)
  let styleLoaded = false;
  map.once('style.load', () => { styleLoaded = true; URL.revokeObjectURL(style); });
  map.once('load', () => performance.mark('map-load')); // read by the bench
  let sourceFailed = false;
  map.on('error', (e) => { if ((e as { sourceId?: string }).sourceId) sourceFailed = true; });
  if (firstView) announcePlanDrawn(map); // the first view is the plan's map already
  return { map, element, styleLoaded: () => styleLoaded, sourceFailed: () => sourceFailed };
}

/**
 * The map the page's first script starts while the data is still loading (so the worker fetches and tiles
 * the boundaries meanwhile), handed as a value from src/main.ts through boot to the app's MapView.
 */
export interface EarlyMap {
  /** The started map for the first MapView that asks, once; null when it failed or was taken. */
  take(): MapHost | null;
  /** Shows the map (not yet taken) again in a new frame, after a failed load and a retry. */
  moveTo(slot: HTMLElement): void;
  /** Resolves once the app should load: at once, unless the map draws a whole first view, which has the machine to itself until drawn. */
  firstViewDrawn: Promise<void>;
}

/** Starts the early map in the frame's slot; never throws (a map that cannot start is reported when the MapView asks). */
export function startEarlyMap(slot: HTMLElement, framing: Framing, firstView?: readonly LayerSpecification[]): EarlyMap {
  let host: MapHost | null = null;
  try { host = createMapHost(slot, framing, firstView); } catch { /* no WebGL: the MapView's own attempt reports it */ }
  const started = host;
  const firstViewDrawn = started && firstView
    ? new Promise<void>((resolve) => {
      started.map.once('idle', () => resolve());
      setTimeout(resolve, FIRST_VIEW_WAIT_MS); // a file that never arrives must not keep the app from loading
    })
    : Promise.resolve();
  return {
    take() { const taken = host; host = null; return taken; },
    moveTo(next) { if (host) next.appendChild(host.element); },
    firstViewDrawn,
  };
}

/** The early map, if there is one to adopt and its files all loaded; otherwise a fresh map. Throws without WebGL. */
export function adoptMapHost(early: EarlyMap | null, slot: HTMLElement, framing: Framing): MapHost {
  const host = early?.take() ?? null;
  if (host?.sourceFailed()) { // a fresh map fetches every file again
    host.map.remove();
    host.element.remove();
  }
  if (!host || host.sourceFailed()) return createMapHost(slot, framing);
  slot.appendChild(host.element);
  return host;
}
