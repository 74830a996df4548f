// The names of the files the model reads, apart from the code that parses them: the one-file app's
// start (src/ui/map/offline-asset-urls.ts) needs the names before the app and zod are loaded.

/** The data files, by name, in the order they load. */
export const DATA_FILES = [
  'sources.json', 'cities.json', 'zones.json', 'metro-areas.json', 'clusters.json',
  'ranks.csv', 'sub-sectors.json', 'disagreements.json', 'projects.json', 'corridors.json', 'pinyin.json',
] as const;
export type DataFileName = (typeof DATA_FILES)[number];
export type DataFiles = Record<DataFileName, string>;

/** The boundary files (geo/output) the model reads. */
export const BOUNDARY_FILES = ['cities.geojson', 'zones.geojson', 'metros.geojson', 'labels.geojson', 'districts.geojson'] as const;
export type BoundaryFiles = Record<(typeof BOUNDARY_FILES)[number], string>;
