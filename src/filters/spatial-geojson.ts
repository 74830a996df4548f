import { normaliseWithin, vertexCount, WITHIN_MAX_VERTICES, type LonLat, type Within } from './spatial.ts';

// A `within` area from a GeoJSON text (the CLI's --within FILE.geojson, the page's "load a polygon"):
// a Polygon, a MultiPolygon, a Feature holding one, or a FeatureCollection whose polygon features are
// taken together. Errors are values that say what is wrong, in English (the CLI prints them; the page
// shows its own words with this text after them).

export type WithinFromGeoJSON = { within: Within } | { error: string };

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

function polygonsOf(node: unknown, where: string, out: LonLat[][][]): string | null {
  if (!isObject(node)) return `${where} is not a GeoJSON object`;
  const type = node['type'];
  if (type === 'FeatureCollection') {
    if (!Array.isArray(node['features'])) return `${where}: a FeatureCollection needs a "features" array`;
    const before = out.length;
    for (const [i, f] of (node['features'] as unknown[]).entries()) {
      if (!isObject(f) || !isObject(f['geometry'])) continue;
      const t = (f['geometry'] as Json)['type'];
      if (t !== 'Polygon' && t !== 'MultiPolygon') continue; // points and lines in the collection are left out
      const error = polygonsOf(f['geometry'], `${where}.features[${i}].geometry`, out);
      if (error) return error;
    }
    return out.length > before ? null : `${where}: the FeatureCollection holds no Polygon or MultiPolygon feature`;
  }
  if (type === 'Feature') return polygonsOf(node['geometry'], `${where}.geometry`, out);
  if (type === 'Polygon') return ringsOf(node['coordinates'], where, out);
  if (type === 'MultiPolygon') {
    if (!Array.isArray(node['coordinates'])) return `${where}: "coordinates" is not an array`;
    for (const [i, rings] of (node['coordinates'] as unknown[]).entries()) {
      const error = ringsOf(rings, `${where}.coordinates[${i}]`, out);
      if (error) return error;
    }
    return null;
  }
  return `${where}: a ${typeof type === 'string' ? type : 'value without a type'} is not an area (Polygon, MultiPolygon, Feature or FeatureCollection)`;
}

function ringsOf(rings: unknown, where: string, out: LonLat[][][]): string | null {
  if (!Array.isArray(rings) || rings.length === 0) return `${where}: a polygon needs at least one ring`;
  const polygon: LonLat[][] = [];
  for (const [i, ring] of rings.entries()) {
    if (!Array.isArray(ring) || ring.length < 4) return `${where} ring ${i}: a ring needs at least 4 positions`;
    const positions: LonLat[] = [];
    for (const p of ring) {
      if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number') return `${where} ring ${i}: a position is not [lon, lat]`;
      if (!(Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 85)) return `${where} ring ${i}: [${p[0]}, ${p[1]}] is outside lon -180..180, lat -85..85 (is it WGS84 longitude, latitude?)`;
      positions.push([p[0], p[1]]);
    }
    polygon.push(positions);
  }
  out.push(polygon);
  return null;
}

/** Reads a GeoJSON text into a `within` area on the URL's grid, or says what is wrong with it. */
export function withinFromGeoJSON(text: string, outside = false): WithinFromGeoJSON {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { error: `not JSON: ${(e as Error).message}` };
  }
  const polygons: LonLat[][][] = [];
  const error = polygonsOf(json, 'the file', polygons);
  if (error) return { error };
  const within = normaliseWithin(polygons, outside);
  for (const ring of within.polygons.flat()) {
    if (new Set(ring.map((p) => `${p[0]},${p[1]}`)).size < 3) return { error: 'a ring has fewer than 3 distinct positions (at 1e-5°)' };
  }
  const count = vertexCount(within.polygons);
  if (count > WITHIN_MAX_VERTICES) return { error: `the area has ${count} vertices; at most ${WITHIN_MAX_VERTICES} (simplify it first, e.g. mapshaper -simplify)` };
  return { within };
}
