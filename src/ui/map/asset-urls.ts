import citiesUrl from '../../../geo/output/cities.geojson?url';
import districtsUrl from '../../../geo/output/districts.geojson?url';
import districtShapesAssetUrl from '../../../geo/output/district-shapes.geojson?url';
import labelsUrl from '../../../geo/output/labels.geojson?url';
import metrosUrl from '../../../geo/output/metros.geojson?url';
import provinceUrl from '../../../geo/output/province.geojson?url';
import zonesUrl from '../../../geo/output/zones.geojson?url';
import citiesDataUrl from '../../../data/cities.json?url';
import clustersUrl from '../../../data/clusters.json?url';
import corridorsUrl from '../../../data/corridors.json?url';
import disagreementsUrl from '../../../data/disagreements.json?url';
import metroAreasUrl from '../../../data/metro-areas.json?url';
import pinyinUrl from '../../../data/pinyin.json?url';
import projectsUrl from '../../../data/projects.json?url';
import ranksUrl from '../../../data/ranks.csv?url';
import sourcesUrl from '../../../data/sources.json?url';
import subSectorsUrl from '../../../data/sub-sectors.json?url';
import zonesDataUrl from '../../../data/zones.json?url';
import boundaryTiles from 'virtual:boundary-tiles';
import type { MapSourceUrls } from '../../layers/basemap.ts';
import type { BoundaryFiles, DataFiles } from '../../model/index.ts';

// Data and boundary files are served as assets (not bundled into the JS): the page validates the data
// on arrival, and MapLibre's worker fetches the boundaries it draws by itself (tiles cut from the same
// files at build time, see geo/vector-tiles.ts).

export const DATA_URLS: Record<keyof DataFiles, string> = {
  'sources.json': sourcesUrl, 'cities.json': citiesDataUrl, 'zones.json': zonesDataUrl, 'metro-areas.json': metroAreasUrl,
  'clusters.json': clustersUrl, 'ranks.csv': ranksUrl, 'sub-sectors.json': subSectorsUrl,
  'disagreements.json': disagreementsUrl, 'projects.json': projectsUrl, 'corridors.json': corridorsUrl,
  'pinyin.json': pinyinUrl,
};

/** The boundary files the app's model reads. */
export const BOUNDARY_URLS: Record<keyof BoundaryFiles, string> = {
  'cities.geojson': citiesUrl, 'zones.geojson': zonesUrl, 'metros.geojson': metrosUrl, 'labels.geojson': labelsUrl, 'districts.geojson': districtsUrl,
};

/** What the map draws from: the tiles by absolute URL (MapLibre's worker resolves them), and two GeoJSON files. */
export const MAP_SOURCE_URLS: MapSourceUrls = {
  tiles: { ...boundaryTiles, url: new URL(boundaryTiles.path, location.href).href + boundaryTiles.template },
  province: provinceUrl, metros: metrosUrl,
};

/** The county-level outlines, fetched only when a chosen sub-sector names districts (38 kB gzip). */
export const districtShapesUrl = (): string => districtShapesAssetUrl;
