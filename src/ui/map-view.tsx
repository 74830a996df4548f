import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer, PickingInfo } from '@deck.gl/core';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef, type Dispatch, type MutableRefObject } from 'react';
import type { FilterState } from '../filters/state.ts';
import { basemapStyle, type BasemapData } from '../layers/basemap-style.ts';
import type { Adcode, CityFeature, ProjectFeature, ZoneFeature, ZoneId } from '../model/index.ts';
import type { Action, Hover } from './store.ts';

setWorkerUrl(workerUrl);

/** Guangdong's extent: the default framing when the URL carries no view. */
export const PROVINCE_BOUNDS: [[number, number], [number, number]] = [[109.6, 20.1], [117.4, 25.6]];
const LABELS_ABOVE = 'city-labels';
const PROGRAMMATIC = { programmatic: true };

interface Props {
  basemap: BasemapData;
  layers: Layer[];
  lang: FilterState['lang'];
  view: FilterState['view'];
  dispatch: Dispatch<Action>;
  attribution: string;
  captureRef?: MutableRefObject<CaptureMap | null>; // set once the map exists, for the PNG export
}

/** Draws one frame at the given pixel ratio and copies the canvas (deck.gl draws into the same one). */
export type CaptureMap = (pixelRatio: number) => Promise<HTMLCanvasElement>;

function captureMap(m: MapLibreMap, overlay: () => MapLibreOverlay | null): CaptureMap {
  return (pixelRatio) => new Promise((resolve) => {
    const before = m.getPixelRatio();
    // deck.gl shares MapLibre's canvas but learns its drawing-buffer size from a ResizeObserver, which
    // does not fire when only the pixel ratio changes: hand it the new size directly
    const setRatio = (ratio: number) => {
      m.setPixelRatio(ratio);
      const deck = (overlay() as unknown as { _deck?: { device?: { canvasContext?: { setDrawingBufferSize(w: number, h: number): void } } } } | null)?._deck;
      deck?.device?.canvasContext?.setDrawingBufferSize(m.getCanvas().width, m.getCanvas().height);
    };
    if (pixelRatio !== before) setRatio(pixelRatio);
    const copyFrame = () => {
      // the drawing buffer is only valid within the frame, so copy it right here
      const source = m.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      copy.getContext('2d')!.drawImage(source, 0, 0);
      if (pixelRatio !== before) setRatio(before);
      resolve(copy);
    };
    m.once('render', copyFrame);
    m.triggerRepaint();
  });
}

/** The one imperative bridge: owns the MapLibre map and the deck.gl overlay, reports events as actions. */
export function MapView({ basemap, layers, lang, view, dispatch, attribution, captureRef }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<MapLibreMap | null>(null);
  const overlay = useRef<MapLibreOverlay | null>(null);
  const firstView = useRef(true);
  const latestLayers = useRef(layers);
  latestLayers.current = layers;

  useEffect(() => {
    let instance: MapLibreMap;
    try {
      instance = new MapLibreMap({
        container: container.current!,
        style: basemapStyle(basemap, lang),
        bounds: view ? undefined : PROVINCE_BOUNDS,
        center: view ? [view.lon, view.lat] : undefined,
        zoom: view?.zoom,
        fitBoundsOptions: { padding: 24 },
        attributionControl: { compact: false, customAttribution: attribution },
        maxZoom: 12,
        minZoom: 4,
        dragRotate: false,
        pitchWithRotate: false,
      });
    } catch {
      dispatch({ type: 'webgl/unavailable' });
      return;
    }
    map.current = instance;
    if (captureRef) captureRef.current = captureMap(instance, () => overlay.current);
    (window as unknown as { __gdmap?: MapLibreMap }).__gdmap = instance; // read by the e2e pixel probes
    instance.on('load', () => {
      const deck = new MapLibreOverlay({
        interleaved: true,
        layers: withBeforeId(latestLayers.current),
        onHover: (info: PickingInfo) => {
          const picked = pickedOf(info);
          const target = picked?.group ? { city: picked.group } : picked; // a bubble hovers as its city
          dispatch({ type: 'hover', hover: target ? { ...target, x: info.x, y: info.y } as Hover : null });
        },
      });
      overlay.current = deck;
      instance.addControl(deck);
    });
    // picked here rather than through deck.gl's onClick, which reuses a pick cached at pointerdown
    // that can be stale if the map has not drawn since (seen in headless Chromium)
    instance.on('click', (e) => {
      const info = overlay.current?.pickObject({ x: e.point.x, y: e.point.y, radius: 2 });
      const picked = info ? pickedOf(info) : null;
      // a city's project bubble opens up: zoom in far enough to show its markers
      if (picked?.group && picked.at) dispatch({ type: 'filters/patch', patch: { view: { lon: picked.at[0], lat: picked.at[1], zoom: 8.5 } } });
      else if (picked?.project) dispatch({ type: 'project/select', project: picked.project });
      else if (picked?.zone) dispatch({ type: 'zone/select', zone: picked.zone });
      else if (!picked?.imported) dispatch({ type: 'select', city: picked?.city ?? null });
    });
    instance.on('moveend', (e) => {
      if ((e as { programmatic?: boolean }).programmatic) return; // our own easing toward the state
      const c = instance.getCenter();
      dispatch({ type: 'view/changed', view: { lon: round(c.lng, 4), lat: round(c.lat, 4), zoom: round(instance.getZoom(), 2) } });
    });
    instance.on('webglcontextlost', () => dispatch({ type: 'webgl/lost' }));
    // a fresh map (and deck.gl overlay) is built once the context is back: the app remounts this view
    instance.on('webglcontextrestored', () => dispatch({ type: 'webgl/restored' }));
    return () => {
      overlay.current = null;
      map.current = null;
      instance.remove();
    };
    // the map is created once; later prop changes go through the effects below
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => { overlay.current?.setProps({ layers: withBeforeId(layers) }); }, [layers]);

  const firstStyle = useRef(true);
  useEffect(() => {
    // the constructor already has this style; setting it again while it loads rebuilds it from scratch
    if (firstStyle.current) { firstStyle.current = false; return; }
    map.current?.setStyle(basemapStyle(basemap, lang), { diff: true });
  }, [basemap, lang]);

  useEffect(() => {
    const m = map.current;
    if (!m) return;
    if (firstView.current) { firstView.current = false; return; } // the constructor framed it
    if (!view) {
      m.fitBounds(PROVINCE_BOUNDS, { padding: 24, duration: 600 }, PROGRAMMATIC);
      return;
    }
    const c = m.getCenter();
    if (Math.abs(c.lng - view.lon) < 1e-4 && Math.abs(c.lat - view.lat) < 1e-4 && Math.abs(m.getZoom() - view.zoom) < 0.01) return;
    m.easeTo({ center: [view.lon, view.lat], zoom: view.zoom, duration: 700 }, PROGRAMMATIC);
  }, [view]);

  return <div ref={container} className="map" role="region" aria-label="map" />;
}

/** A pick on a project marker or line names the project; a pick on a city names the city. */
function pickedOf(info: PickingInfo): { city?: Adcode; project?: string; imported?: string; zone?: ZoneId; group?: Adcode; at?: [number, number] } | null {
  if (!info.object) return null;
  if (info.layer?.id === 'project-groups') return { group: (info.object as { city: Adcode }).city, at: (info.object as { position: [number, number] }).position };
  if (info.layer?.id === 'zones') return { zone: (info.object as ZoneFeature).id };
  if (info.layer?.id === 'imported') return { imported: (info.object as { properties: { __id: string } }).properties.__id };
  if (info.layer?.id === 'projects' || info.layer?.id === 'project-lines') return { project: (info.object as { feature: ProjectFeature }).feature.id };
  return { city: (info.object as CityFeature).id };
}

const withBeforeId = (layers: Layer[]) => layers.map((l) => l.clone({ beforeId: LABELS_ABOVE } as never));
const round = (n: number, d: number) => Number(n.toFixed(d));
