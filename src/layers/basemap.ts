import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../filters/state.ts';
import { perFeature } from './expressions.ts';
import { OUTLINES_SOURCE } from './selection.ts';

// What the map shows before any data is loaded. Kept apart from the plan's layers (map-style.ts) so the
// page's first script, which starts the map, needs neither the model nor zod.

/** The source the map reads the boundaries it draws first from: vector tiles cut at build time (geo/vector-tiles.ts). */
export const TILES_SOURCE = 'boundaries';
/** The tiles' layers, one per boundary file (geo/output/<name>.geojson), with the same features and properties. */
export const TILE_LAYERS = ['labels', 'neighbour-labels', 'neighbours', 'cities', 'zones'] as const;
export type TileLayer = (typeof TILE_LAYERS)[number];

/** A style layer's source when it draws one of the tiles' layers. */
export const fromTiles = (layer: TileLayer) => ({ source: TILES_SOURCE, 'source-layer': layer });

/** The build's boundary tiles: a URL template ({z}/{x}/{y}), what they cover, and the zoom they stop at (MapLibre scales beyond). */
export interface BoundaryTiles { url: string; bounds: [number, number, number, number]; maxzoom: number }

/** Where the map's sources load from: the tiles, and the GeoJSON files of layers drawn only when shown. */
export interface MapSourceUrls { tiles: BoundaryTiles; province: string; metros: string }
export type MapSourceId = typeof TILES_SOURCE | 'province' | 'metros';

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
    { id: 'neighbours-fill', type: 'fill', ...fromTiles('neighbours'), paint: { 'fill-color': perFeature('#ebe9e3'), 'fill-antialias': false } },
    { id: 'neighbours-line', type: 'line', ...fromTiles('neighbours'), paint: { 'line-color': perFeature('#c4c1b8'), 'line-width': 0.8 } },
    {
      id: 'province-fill', type: 'fill', source: 'province', layout: { visibility: covered.land ? 'none' : 'visible' },
      paint: { 'fill-color': perFeature(LAND), 'fill-antialias': false },
    },
    {
      id: 'province-line', type: 'line', source: 'province', layout: { visibility: covered.outline ? 'none' : 'visible' },
      paint: { 'line-color': perFeature('#6d6a62'), 'line-width': 1.6 },
    },
    neighbourLabelLayer(lang),
  ];
}

/**
 * The names of the neighbouring provinces and SARs. Over the city fills (the plan's layers put it just
 * below the city names): 澳门's label point lies where 珠海's simplified fill reaches, and under it only "门" showed.
 */
export function neighbourLabelLayer(lang: Lang): LayerSpecification {
  return {
    id: 'neighbours-label', type: 'symbol', ...fromTiles('neighbour-labels'),
    layout: { 'text-field': ['get', lang === 'zh' ? 'name_zh' : 'name_en'], 'text-size': 13, 'text-font': ['sans-serif'] },
    paint: { 'text-color': '#8a877f', 'text-halo-color': '#ebe9e3', 'text-halo-width': 1.5 },
  };
}

/**
 * The embedded offline style the map starts with: the boundary tiles and the GeoJSON files it draws, by
 * URL (MapLibre's worker fetches them off the main thread), no glyphs URL (text uses the machine's fonts).
 * Its layers are the basemap, or all of a first view computed at build time (first-view.ts); the app
 * brings them to its state once the data is validated. The tiles start with the basemap alone too, so
 * that the plan's boundaries load meanwhile; a source whose every layer is hidden does not start.
 */
export function startStyle(urls: MapSourceUrls, layers: readonly LayerSpecification[]): StyleSpecification {
  const sourceOf = (l: LayerSpecification) => ('source' in l ? l.source as string : null);
  // a source that the layers use, but only in hidden layers, waits too: the worker has less to load
  // before the first view is complete
  const usedHidden = (id: string) => layers.some((l) => sourceOf(l) === id)
    && layers.every((l) => sourceOf(l) !== id || l.layout?.visibility === 'none');
  const sources: StyleSpecification['sources'] = {
    ...Object.fromEntries(START_SOURCES.filter((id) => !usedHidden(id)).map((id) => [id, mapSource(urls, id)])),
    outlines: OUTLINES_SOURCE,
  };
  // a hidden layer whose source is not started (the metro outlines) is added with its source when shown
  const started = (l: LayerSpecification) => { const id = sourceOf(l); return id === null || Object.hasOwn(sources, id); };
  return { version: 8, sources, layers: layers.filter(started) };
}

/** One of the map's boundary sources, for the start style and for the sources added later. */
export function mapSource(urls: MapSourceUrls, id: MapSourceId): SourceSpecification {
  if (id === TILES_SOURCE) {
    const { url, bounds, maxzoom } = urls.tiles;
    // no tile is asked for outside the bounds; inside them, every tile exists (empty where there is nothing)
    return { type: 'vector', tiles: [url], bounds, minzoom: 0, maxzoom };
  }
  // a 32 px margin (of 512) around each tile is ample for lines up to 4 px wide and tiles faster than the default 128
  return { type: 'geojson', data: urls[id], buffer: 32 };
}

/** The sources the default view draws; the metro outlines are added when a layer shows them. */
const START_SOURCES = [TILES_SOURCE, 'province'] as const satisfies readonly MapSourceId[];
