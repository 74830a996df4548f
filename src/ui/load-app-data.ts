import { BOUNDARY_FILES, loadAppModel, type BoundaryFiles, type DataFiles, type Features, type Model } from '../model/index.ts';
import { BOUNDARY_URLS, DATA_URLS } from './map/asset-urls.ts';

export interface AppData { model: Model; features: Features }

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/** Fetches every data and boundary file at once, validates the data and joins it; throws a readable Error. */
export async function loadAppData(): Promise<AppData> {
  const names = Object.keys(DATA_URLS) as (keyof DataFiles)[];
  const [texts, geoTexts] = await Promise.all([
    Promise.all(names.map((name) => fetchText(DATA_URLS[name]))),
    Promise.all(BOUNDARY_FILES.map((file) => fetchText(BOUNDARY_URLS[file]))),
  ]);
  const loaded = loadAppModel(
    Object.fromEntries(names.map((name, i) => [name, texts[i]!])) as DataFiles,
    Object.fromEntries(BOUNDARY_FILES.map((file, i) => [file, geoTexts[i]!])) as BoundaryFiles,
  );
  if (!loaded.ok) throw new Error(loaded.message);
  return { model: loaded.model, features: loaded.features };
}
