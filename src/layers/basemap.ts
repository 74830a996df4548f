import type { GeoJSONSourceSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../filters/state.ts';
import { perFeature } from './expressions.ts';
import { OUTLINES_SOURCE } from './selection.ts';

// What the map shows before any data is loaded. Kept apart from the plan's layers (map-style.ts) so the
// page's first script, which starts the map, needs neither the model nor zod.

/** Where MapLibre's worker fetches the boundary files it draws (geo/output, served as assets). */
export interface BoundaryUrls { neighbours: string; 'neighbour-labels': string; province: string; cities: string; zones: string; metros: string; labels: string }

export const SEA = '#dde9f0';
export const LAND = '#f6f4ee';

/** What the plan's layers hide of the province: that part is not drawn at all (nor its source loaded, see startStyle). */
export interface ProvinceCovered {
  land?: boolean;    // opaque city fills hide its land
  outline?: boolean; // opaque zone outlines hide its outline
}

/** The layers that need nothing but the boundary files: the map shows them while the data loads. */
export function basemapLayers(lang: Lang, covered: ProvinceCovered = {}): LayerSpecification[] {
  return [
    { id: 'sea', type: 'background', paint: { 'background-color': SEA } },
    { id: 'neighbours-fill', type: 'fill', source: 'neighbours', paint: { 'fill-color': perFeature('#ebe9e3'), 'fill-antialias': false } },
    { id: 'neighbours-line', type: 'line', source: 'neighbours', paint: { 'line-color': perFeature('#c4c1b8'), 'line-width': 0.8 } },
    {
      id: 'neighbours-label', type: 'symbol', source: 'neighbour-labels',
      layout: { 'text-field': ['get', lang === 'zh' ? 'name_zh' : 'name_en'], 'text-size': 13, 'text-font': ['sans-serif'] },
      paint: { 'text-color': '#9a978f', 'text-halo-color': '#ebe9e3', 'text-halo-width': 1.5 },
    },
    {
      id: 'province-fill', type: 'fill', source: 'province', layout: { visibility: covered.land ? 'none' : 'visible' },
      paint: { 'fill-color': perFeature(LAND), 'fill-antialias': false },
    },
    {
      id: 'province-line', type: 'line', source: 'province', layout: { visibility: covered.outline ? 'none' : 'visible' },
      paint: { 'line-color': perFeature('#6d6a62'), 'line-width': 1.6 },
    },
  ];
}

/**
 * The embedded offline style the map starts with: GeoJSON sources by URL (MapLibre's worker fetches
 * and tiles them off the main thread), no tiles, no glyphs URL (text uses the machine's fonts). Its
 * layers are the basemap, or all of a first view computed at build time (first-view.ts); the app
 * brings them to its state once the data is validated. The sources the plan draws start with the
 * basemap alone too, so that they load meanwhile; a source whose every layer is hidden does not.
 */
export function startStyle(urls: BoundaryUrls, layers: readonly LayerSpecification[]): StyleSpecification {
  const sourceOf = (l: LayerSpecification) => ('source' in l ? l.source as string : null);
  // a source that the layers use, but only in hidden layers, waits too: the worker has less to load
  // and tile before the first view is complete
  const usedHidden = (id: string) => layers.some((l) => sourceOf(l) === id)
    && layers.every((l) => sourceOf(l) !== id || l.layout?.visibility === 'none');
  const sources: StyleSpecification['sources'] = {
    ...Object.fromEntries(START_SOURCES.filter((id) => !usedHidden(id)).map((id) => [id, boundarySource(urls, id)])),
    outlines: OUTLINES_SOURCE,
  };
  // a hidden layer whose source is not started (the metro outlines) is added with its source when shown
  const started = (l: LayerSpecification) => { const id = sourceOf(l); return id === null || Object.hasOwn(sources, id); };
  return { version: 8, sources, layers: layers.filter(started) };
}

/** One boundary file as a GeoJSON source, for the start style and for the sources added later. */
export function boundarySource(urls: BoundaryUrls, id: keyof BoundaryUrls): GeoJSONSourceSpecification {
  // a 32 px margin (of 512) around each tile is ample for lines up to 4 px wide and tiles faster than the default 128
  return { type: 'geojson', data: urls[id], buffer: 32, ...SOURCE_OPTIONS[id] };
}

const SOURCE_OPTIONS: Partial<Record<keyof BoundaryUrls, Partial<GeoJSONSourceSpecification>>> = {
  neighbours: { maxzoom: 5 },       // context, drawn coarse: tiled up to zoom 5 only and scaled beyond
};

/**
 * The sources the default view draws; the others (the metro outlines) are added when a layer shows them.
 * Label points first: their tiles are small, and their glyphs are drawn on the main thread while the
 * worker goes on to the polygons.
 */
const START_SOURCES = ['labels', 'neighbour-labels', 'neighbours', 'province', 'cities', 'zones'] as const satisfies readonly (keyof BoundaryUrls)[];

