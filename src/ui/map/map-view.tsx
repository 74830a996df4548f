import type { Layer } from '@deck.gl/core';
import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap, PointLike } from 'maplibre-gl';
import { useEffect, useLayoutEffect, useRef, useState, type Dispatch, type MutableRefObject } from 'react';
import type { ShowState } from '../../filters/state.ts';
import { mapSource, type MapSourceId } from '../../layers/basemap.ts';
import { PICKABLE_STYLE_LAYERS } from '../../layers/map-style.ts';
import type { outlineCollection } from '../../layers/selection.ts';
import type { withAreaOutlines } from '../../layers/spatial-outline.ts';
import type { DeckOverlay } from './deck-overlay.ts';
import { MAP_SOURCE_URLS } from './asset-urls.ts';
import { adoptMapHost, announcePlanDrawn, type EarlyMap, type MapHost } from './map-host.ts';
import { motion } from './motion.ts';
import { t } from '../../i18n/strings.ts';
import { clickAction, hoverOf, pickedFromStyle, type Picked } from './map-picks.ts';
import { easeToState, frame, type Focus } from './frame-view.ts';
import type { Action } from '../store.ts';
import type { DeckKit } from './use-deck.ts';
import { metresPerPixel } from '../../print/scale.ts';

const PROGRAMMATIC = { programmatic: true };

interface Props {
  early: EarlyMap | null;             // the map the page's first script started, adopted by the first MapView
  styleLayers: LayerSpecification[];  // the MapLibre style layers for the current state
  outlines: ReturnType<typeof outlineCollection> | ReturnType<typeof withAreaOutlines<object>>; // the outlined cities' shapes (sub-sector, hover, selection) and the selected area
  deck: DeckKit | null;               // deck.gl, once loaded
  deckLayers: Layer[] | null;
  deckNeeded: boolean;                // a deck.gl layer has something to draw
  view: ShowState['view'];
  focus: Focus | null;                // the selected city: framed in the free part of the map when it changes
  sceneFrame: Focus | null;           // what a scene just applied is about: fitted into the free part of the map
  fitFocusAtStart: boolean;           // a link chose the city but no view: frame it once the map is there
  lang: ShowState['lang'];
  dispatch: Dispatch<Action>;
  onReady: () => void;                // the first complete view is drawn
  captureRef?: MutableRefObject<CaptureMap | null>; // set once the map exists, for the PNG export
  pointRef?: MutableRefObject<((lonLat: [number, number]) => { x: number; y: number }) | null>; // lon/lat → map pixel, for the keyboard's focus mark
  mapRef?: MutableRefObject<MapLibreMap | null>;     // set once the map exists, for the drawing tools (src/ui/spatial)
}

/** Draws one frame at the given pixel ratio and copies the canvas (deck.gl draws into the same one). */
export type CaptureMap = (pixelRatio: number) => Promise<HTMLCanvasElement>;

function captureMap(m: MapLibreMap, overlay: () => DeckOverlay | null): CaptureMap {
  return (pixelRatio) => new Promise((resolve) => {
    const before = m.getPixelRatio();
    // deck.gl shares MapLibre's canvas but learns its drawing-buffer size from a ResizeObserver, which
    // does not fire when only the pixel ratio changes: hand it the new size directly
    const setRatio = (ratio: number) => {
      m.setPixelRatio(ratio);
      overlay()?.matchDrawingBuffer();
    };
    if (pixelRatio !== before) setRatio(pixelRatio);
    const copyFrame = () => {
      // the drawing buffer is only valid within the frame, so copy it right here
      const source = m.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      copy.getContext('2d')!.drawImage(source, 0, 0);
      copy.dataset.metresPerPixel = String(metresPerPixel(m.getZoom(), m.getCenter().lat)); // for the PNG's scale bar
      if (pixelRatio !== before) setRatio(before);
      resolve(copy);
    };
    m.once('render', copyFrame);
    m.triggerRepaint();
  });
}

/**
 * Brings the live style to the given layers: adds the ones it lacks in their place (the plan's layers once
 * the data is in; a layer whose source is not loaded yet only once it is shown, with its source), and sets
 * each paint and layout value (MapLibre skips values that did not change).
 */
function syncStyleLayers(m: MapLibreMap, layers: LayerSpecification[]) {
  const ours = new Set(layers.map((l) => l.id));
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i]!;
    if (m.getLayer(layer.id)) {
      for (const [name, value] of Object.entries(layer.paint ?? {})) m.setPaintProperty(layer.id, name as never, value as never);
      for (const [name, value] of Object.entries(layer.layout ?? {})) m.setLayoutProperty(layer.id, name as never, value as never);
      // a layer the start style placed elsewhere (the neighbours' names, under the plan's fills) moves into its place
      const next = layers.slice(i + 1).find((l) => m.getLayer(l.id))?.id;
      const order = m.getLayersOrder().filter((id) => ours.has(id));
      if (next && order[order.indexOf(layer.id) + 1] !== next) m.moveLayer(layer.id, next);
      continue;
    }
    const source = 'source' in layer ? layer.source : null;
    if (source && !m.getSource(source)) {
      if (layer.layout?.visibility === 'none') continue;
      m.addSource(source, mapSource(MAP_SOURCE_URLS, source as MapSourceId));
    }
    m.addLayer(layer, layers.slice(i + 1).find((l) => m.getLayer(l.id))?.id); // walking backwards, the next one is in place
  }
}

/** The one imperative bridge: owns the MapLibre map and the deck.gl overlay, reports events as actions. */
export function MapView({ early, styleLayers, outlines, deck, deckLayers, deckNeeded, view, focus, sceneFrame, fitFocusAtStart, lang, dispatch, onReady, captureRef, pointRef, mapRef }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<MapLibreMap | null>(null);
  const overlay = useRef<DeckOverlay | null>(null);
  // kept per map instance: after a remount (a restored context, or StrictMode in dev) a new map starts over
  const [styledMap, setStyledMap] = useState<MapLibreMap | null>(null);   // the map whose style takes layers
  const [overlaidMap, setOverlaidMap] = useState<MapLibreMap | null>(null); // the map that has the deck.gl overlay
  const firstView = useRef(true);
  // the subject of the scene last applied, until the presenter moves the map or selects something: the map
  // fits it again when its size changes (a panel that opens late, a window resized on the projector)
  const sceneShown = useRef<Focus | null>(null);
  const refitTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ styleLayers, deck, deckNeeded, onReady, view });
  latest.current = { styleLayers, deck, deckNeeded, onReady, view };

  // a layout effect: the map's element moves in before the browser lays out, so its size never reads 0
  useLayoutEffect(() => {
    let host: MapHost;
    try {
      host = adoptMapHost(early, container.current!, { view, lang });
    } catch {
      dispatch({ type: 'webgl/unavailable' });
      return;
    }
    const instance = host.map;
    map.current = instance;
    if (captureRef) captureRef.current = captureMap(instance, () => overlay.current);
    if (pointRef) pointRef.current = (lonLat) => instance.project(lonLat);
    if (mapRef) mapRef.current = instance;
    const onStyleLoaded = () => {
      syncStyleLayers(instance, latest.current.styleLayers);
      announcePlanDrawn(instance);
      instance.once('idle', () => latest.current.onReady());
      instance.triggerRepaint(); // a map that started with these layers may be idle already: it draws once more
      setStyledMap(instance);
    };
    if (host.styleLoaded()) onStyleLoaded();
    else instance.once('style.load', onStyleLoaded);

    // deck.gl objects lie above the style's fills, so they are asked first; but only while deck.gl draws
    // something, as its pick renders a frame of its own
    const pickAt = (point: PointLike & { x: number; y: number }): Picked | null => {
      const { deck: kit, deckNeeded: drawing } = latest.current;
      const fromDeck = kit && drawing && overlay.current ? overlay.current.pick(point.x, point.y) : null;
      if (fromDeck) return fromDeck;
      const layers = PICKABLE_STYLE_LAYERS.filter((id) => instance.getLayer(id));
      return pickedFromStyle(instance.queryRenderedFeatures(point, { layers })[0]);
    };
    instance.on('mousemove', (e) => {
      const picked = pickAt(e.point);
      instance.getCanvas().style.cursor = picked ? 'pointer' : '';
      dispatch({ type: 'hover', hover: hoverOf(picked, e.point.x, e.point.y) });
    });
    instance.on('mouseout', () => dispatch({ type: 'hover', hover: null }));
    // a tooltip belongs to the point under the pointer: once the map moves under it, it goes
    instance.on('movestart', () => dispatch({ type: 'hover', hover: null }));
    // picked here rather than through deck.gl's onClick, which reuses a pick cached at pointerdown
    // that can be stale if the map has not drawn since (seen in headless Chromium)
    instance.on('click', (e) => {
      if (instance.getContainer().dataset['drawing']) return; // a drawing tool has the clicks (src/ui/spatial)
      const action = clickAction(pickAt(e.point));
      if (action) dispatch(action);
    });
    // MapLibre's own resize (its ResizeObserver) fires movestart, resize, moveend without our flag: not a move of the reader's
    let resized = false;
    instance.on('movestart', () => { resized = false; });
    instance.on('resize', () => { resized = true; });
    instance.on('moveend', (e) => {
      if (resized) { resized = false; return; }
      if ((e as { programmatic?: boolean }).programmatic) return; // our own easing toward the state
      sceneShown.current = null;
      const c = instance.getCenter();
      dispatch({ type: 'view/changed', view: { lon: round(c.lng, 4), lat: round(c.lat, 4), zoom: round(instance.getZoom(), 2) } });
    });
    // the map's element changed size (presenting hides the panels; a panel opens): the camera stays the state's
    const keepStateCamera = () => {
      const subject = sceneShown.current;
      if (subject) {
        clearTimeout(refitTimer.current);
        refitTimer.current = setTimeout(() => {
          const next = sceneShown.current === subject ? frame(instance, subject, true) : null;
          if (next) dispatch({ type: 'url/patch', show: { view: next } });
        }, 150);
        return;
      }
      const v = latest.current.view;
      if (!v) return;
      if (instance.isMoving()) { instance.once('moveend', keepStateCamera); return; } // after the easing toward it
      const c = instance.getCenter();
      if (Math.abs(c.lng - v.lon) < 1e-4 && Math.abs(c.lat - v.lat) < 1e-4 && Math.abs(instance.getZoom() - v.zoom) < 0.01) return;
      instance.jumpTo({ center: [v.lon, v.lat], zoom: v.zoom }, PROGRAMMATIC);
    };
    instance.on('resize', keepStateCamera);
    instance.on('webglcontextlost', () => dispatch({ type: 'webgl/lost' }));
    // a fresh map (and deck.gl overlay) is built once the context is back: the app remounts this view
    instance.on('webglcontextrestored', () => dispatch({ type: 'webgl/restored' }));
    return () => {
      clearTimeout(refitTimer.current);
      instance.off('style.load', onStyleLoaded); // StrictMode (dev) unmounts at once, before the style is in
      overlay.current = null;
      map.current = null;
      instance.remove();
      host.element.remove();
    };
    // the map is created once; later prop changes go through the effects below
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (styledMap && styledMap === map.current) syncStyleLayers(styledMap, styleLayers);
  }, [styledMap, styleLayers]);

  useEffect(() => {
    if (styledMap && styledMap === map.current) (styledMap.getSource('outlines') as GeoJSONSource | undefined)?.setData(outlines);
  }, [styledMap, outlines]);

  useEffect(() => {
    const m = map.current;
    if (!m || styledMap !== m || !deck || !deckLayers) return;
    if (overlay.current) {
      overlay.current.setLayers(deckLayers);
      return;
    }
    overlay.current = deck.addOverlay(m, deckLayers);
    setOverlaidMap(m);
  }, [styledMap, deck, deckLayers]);

  // a scene just applied is fitted into the free part of the map once the page has laid out its panels (the
  // city panel it may open narrows the map): its own view is not eased to meanwhile, so the camera moves once
  const sceneFramePending = useRef(false);
  useEffect(() => {
    const m = map.current;
    if (!m || !sceneFrame) return;
    sceneFramePending.current = true;
    sceneShown.current = sceneFrame;
    const timer = setTimeout(() => {
      sceneFramePending.current = false;
      const next = frame(m, sceneFrame, true);
      if (next) dispatch({ type: 'url/patch', show: { view: next } });
      else easeToState(m, latest.current.view);
    }, 150);
    return () => { clearTimeout(timer); sceneFramePending.current = false; };
  }, [sceneFrame, dispatch]);

  useEffect(() => {
    const m = map.current;
    if (!m) return;
    if (firstView.current) { firstView.current = false; return; } // the constructor framed it
    if (sceneFramePending.current) return;
    easeToState(m, view);
  }, [view]);

  // a newly selected city is framed in the part of the map that the panel (which narrows it), the legend, the
  // comparison and the presenter bar leave free, through the state so the URL follows; a city the URL chose
  // with a view keeps that view
  const firstFocus = useRef(!fitFocusAtStart);
  useEffect(() => {
    const m = map.current;
    if (firstFocus.current) { firstFocus.current = false; return; }
    if (!m || !focus || sceneFramePending.current) return; // a scene that selects a city frames its own subject
    sceneShown.current = null; // a city chosen on the map is framed from here on
    const timer = setTimeout(() => { // after MapLibre has taken the map's new size
      const next = frame(m, focus);
      if (next) dispatch({ type: 'url/patch', show: { view: next } });
    }, 150);
    return () => clearTimeout(timer);
  }, [focus, dispatch]);

  // e2e tests and the bench wait while a layer the state asks for still waits for deck.gl (or for deck.gl at all)
  const overlaid = overlaidMap !== null && overlaidMap === map.current;
  const pending = deckNeeded && !overlaid;
  return <div ref={container} className="map" role="region" aria-label={t('map', lang)} data-layers-pending={pending ? 'true' : undefined} data-deck={overlaid ? 'ready' : undefined} />;
}

const round = (n: number, d: number) => Number(n.toFixed(d));
