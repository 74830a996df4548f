import citiesUrl from '../../geo/output/cities.geojson?url';
import districtsUrl from '../../geo/output/districts.geojson?url';
import labelsUrl from '../../geo/output/labels.geojson?url';
import metrosUrl from '../../geo/output/metros.geojson?url';
import neighbourLabelsUrl from '../../geo/output/neighbour-labels.geojson?url';
import neighboursUrl from '../../geo/output/neighbours.geojson?url';
import provinceUrl from '../../geo/output/province.geojson?url';
import zonesUrl from '../../geo/output/zones.geojson?url';
import citiesDataUrl from '../../data/cities.json?url';
import clustersUrl from '../../data/clusters.json?url';
import disagreementsUrl from '../../data/disagreements.json?url';
import metroAreasUrl from '../../data/metro-areas.json?url';
import projectsUrl from '../../data/projects.json?url';
import ranksUrl from '../../data/ranks.csv?url';
import sourcesUrl from '../../data/sources.json?url';
import subSectorsUrl from '../../data/sub-sectors.json?url';
import zonesDataUrl from '../../data/zones.json?url';
import type { BoundaryUrls } from '../layers/basemap.ts';
import type { DataFiles } from '../model/index.ts';

// Data and boundary files are served as assets (not bundled into the JS): the page validates the data
// on arrival, and MapLibre's worker fetches the boundaries it draws by itself.

export const DATA_URLS: Record<keyof DataFiles, string> = {
  'sources.json': sourcesUrl, 'cities.json': citiesDataUrl, 'zones.json': zonesDataUrl, 'metro-areas.json': metroAreasUrl,
  'clusters.json': clustersUrl, 'ranks.csv': ranksUrl, 'sub-sectors.json': subSectorsUrl,
  'disagreements.json': disagreementsUrl, 'projects.json': projectsUrl,
};

export const BOUNDARY_URLS: BoundaryUrls & { districts: string } = {
  cities: citiesUrl, zones: zonesUrl, metros: metrosUrl, labels: labelsUrl, districts: districtsUrl,
  neighbours: neighboursUrl, 'neighbour-labels': neighbourLabelsUrl, province: provinceUrl,
};
