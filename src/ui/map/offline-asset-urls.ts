import boundaryTiles from 'virtual:boundary-tiles';
import type { MapSourceUrls } from '../../layers/basemap.ts';
import { BOUNDARY_FILES, DATA_FILES, type BoundaryFiles, type DataFiles } from '../../model/index.ts';
import { OFFLINE_PROTOCOL, embeddedUrl } from './offline-sources.ts';

// asset-urls.ts for the one-file app (the single-file build puts this module in its place): the same
// names, pointing at the files embedded in the page.

export const DATA_URLS = Object.fromEntries(DATA_FILES.map((name) => [name, embeddedUrl(name, name.endsWith('.csv') ? 'text/csv' : 'application/json')])) as Record<keyof DataFiles, string>;

export const BOUNDARY_URLS = Object.fromEntries(BOUNDARY_FILES.map((name) => [name, embeddedUrl(name)])) as Record<keyof BoundaryFiles, string>;

export const MAP_SOURCE_URLS: MapSourceUrls = {
  tiles: { ...boundaryTiles, url: `${OFFLINE_PROTOCOL}://tiles/${boundaryTiles.template.replace(/\.pbf$/, '')}` },
  province: `${OFFLINE_PROTOCOL}://province.geojson`, metros: `${OFFLINE_PROTOCOL}://metros.geojson`,
};

/** The county-level outlines, embedded like the other boundary files; its blob URL is made on first use. */
export const districtShapesUrl = (): string => embeddedUrl('district-shapes.geojson');
