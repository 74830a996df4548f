import type { FeatureCollection } from 'geojson';
import citiesUrl from '../../geo/output/cities.geojson?url';
import districtsUrl from '../../geo/output/districts.geojson?url';
import labelsUrl from '../../geo/output/labels.geojson?url';
import metrosUrl from '../../geo/output/metros.geojson?url';
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
import { cityLabels } from '../layers/labels.ts';
import type { BasemapData } from '../layers/map-style.ts';
import {
  formatLoadError, joinFeatures, loadModel, parseBoundaries, type DataFiles, type Features, type Model,
} from '../model/index.ts';

export interface AppData { model: Model; features: Features; basemap: BasemapData }

// The data files are fetched as assets (not bundled into the JS) and validated on arrival.
const DATA_URLS: Record<keyof DataFiles, string> = {
  'sources.json': sourcesUrl, 'cities.json': citiesDataUrl, 'zones.json': zonesDataUrl, 'metro-areas.json': metroAreasUrl,
  'clusters.json': clustersUrl, 'ranks.csv': ranksUrl, 'sub-sectors.json': subSectorsUrl,
  'disagreements.json': disagreementsUrl, 'projects.json': projectsUrl,
};

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/** Validates the bundled data, fetches the boundary files and joins them; throws a readable Error. */
export async function loadAppData(): Promise<AppData> {
  const names = Object.keys(DATA_URLS) as (keyof DataFiles)[];
  const texts = await Promise.all(names.map((name) => fetchText(DATA_URLS[name])));
  const loaded = loadModel(Object.fromEntries(names.map((name, i) => [name, texts[i]!])) as DataFiles);
  if (!loaded.ok) throw new Error(`data/${formatLoadError(loaded.error)}`);
  const [c, z, m, l, d, n, p] = await Promise.all(
    [citiesUrl, zonesUrl, metrosUrl, labelsUrl, districtsUrl, neighboursUrl, provinceUrl].map(fetchText),
  );
  const boundaries = parseBoundaries({
    'cities.geojson': c!, 'zones.geojson': z!, 'metros.geojson': m!, 'labels.geojson': l!, 'districts.geojson': d!,
  });
  if (!boundaries.ok) throw new Error(`geo/output/${formatLoadError(boundaries.error)}`);
  const features = joinFeatures(loaded.model, boundaries.boundaries);
  const basemap: BasemapData = {
    neighbours: JSON.parse(n!) as FeatureCollection,
    province: JSON.parse(p!) as FeatureCollection,
    labels: cityLabels(loaded.model, features),
  };
  return { model: loaded.model, features, basemap };
}
