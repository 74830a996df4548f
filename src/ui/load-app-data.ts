import type { FeatureCollection } from 'geojson';
import citiesUrl from '../../geo/output/cities.geojson?url';
import districtsUrl from '../../geo/output/districts.geojson?url';
import labelsUrl from '../../geo/output/labels.geojson?url';
import metrosUrl from '../../geo/output/metros.geojson?url';
import neighboursUrl from '../../geo/output/neighbours.geojson?url';
import provinceUrl from '../../geo/output/province.geojson?url';
import zonesUrl from '../../geo/output/zones.geojson?url';
import cities from '../../data/cities.json?raw';
import clusters from '../../data/clusters.json?raw';
import disagreements from '../../data/disagreements.json?raw';
import metroAreas from '../../data/metro-areas.json?raw';
import projects from '../../data/projects.json?raw';
import ranks from '../../data/ranks.csv?raw';
import sources from '../../data/sources.json?raw';
import subSectors from '../../data/sub-sectors.json?raw';
import zones from '../../data/zones.json?raw';
import { cityLabels } from '../layers/labels.ts';
import type { BasemapData } from '../layers/basemap-style.ts';
import {
  formatLoadError, joinFeatures, loadModel, parseBoundaries, type DataFiles, type Features, type Model,
} from '../model/index.ts';

export interface AppData { model: Model; features: Features; basemap: BasemapData }

const DATA: DataFiles = {
  'sources.json': sources, 'cities.json': cities, 'zones.json': zones, 'metro-areas.json': metroAreas,
  'clusters.json': clusters, 'ranks.csv': ranks, 'sub-sectors.json': subSectors,
  'disagreements.json': disagreements, 'projects.json': projects,
};

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/** Validates the bundled data, fetches the boundary files and joins them; throws a readable Error. */
export async function loadAppData(): Promise<AppData> {
  const loaded = loadModel(DATA);
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
