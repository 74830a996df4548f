import boundaryTiles from 'virtual:boundary-tiles';
import type { MapSourceUrls } from '../../layers/basemap.ts';
import { BOUNDARY_FILES, DATA_FILES, type BoundaryFiles, type DataFiles } from '../../model/file-names.ts';
import { OFFLINE_PROTOCOL, embeddedUrl } from './offline-sources.ts';

// asset-urls.ts for the one-file app (the single-file build puts this module in its place): the same
// names, pointing at the files embedded in the page.

/** Names → object URLs, each file decoded when the app first asks for it (after the first view), not at start. */
const lazyUrls = <K extends string>(names: readonly K[], type: (name: K) => string): Record<K, string> =>
  Object.defineProperties({} as Record<K, string>, Object.fromEntries(names.map((name) => [name, { enumerable: true, get: () => embeddedUrl(name, type(name)) }])));

export const DATA_URLS = lazyUrls(DATA_FILES as readonly (keyof DataFiles)[], (name) => (name.endsWith('.csv') ? 'text/csv' : 'application/json'));

export const BOUNDARY_URLS = lazyUrls(BOUNDARY_FILES as readonly (keyof BoundaryFiles)[], () => 'application/json');

export const MAP_SOURCE_URLS: MapSourceUrls = {
  tiles: { ...boundaryTiles, url: `${OFFLINE_PROTOCOL}://tiles/${boundaryTiles.template.replace(/\.pbf$/, '')}` },
  province: `${OFFLINE_PROTOCOL}://province.geojson`, metros: `${OFFLINE_PROTOCOL}://metros.geojson`,
};

/** The county-level outlines, embedded like the other boundary files; its blob URL is made on first use. */
export const districtShapesUrl = (): string => embeddedUrl('district-shapes.geojson');
