import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { VectorTile, type VectorTileLayer } from '@mapbox/vector-tile';
import area from '@turf/area';
import { bboxClip } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { TILE_EXTENT, TILES_MAX_ZOOM, vectorTiles } from '../../geo/vector-tiles.ts';
import { TILE_LAYERS } from '../../src/layers/basemap.ts';

const OUT = resolve(import.meta.dirname, '../../geo/output');
const files = Object.fromEntries(TILE_LAYERS.map((name) => [name, JSON.parse(readFileSync(resolve(OUT, `${name}.geojson`), 'utf8')) as FeatureCollection]));
const set = vectorTiles(files);
const decode = (bytes: Uint8Array) => new VectorTile(new PbfReader(bytes));
const featuresOf = (layer: VectorTileLayer) => Array.from({ length: layer.length }, (_, i) => layer.feature(i));
/** A tile's square in lon/lat (web mercator tile scheme). */
const tileBox = (z: number, x: number, y: number): [number, number, number, number] => {
  const lon = (tx: number) => (tx / 2 ** z) * 360 - 180;
  const lat = (ty: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * ty) / 2 ** z))) * 180) / Math.PI;
  return [lon(x), lat(y + 1), lon(x + 1), lat(y)];
};

describe('boundary vector tiles (geo/vector-tiles.ts, cut at build time for the map)', () => {
  it('cover the files from zoom 0 to the maximum, every tile in the bounds present, empty ones as empty files', () => {
    expect(set.maxzoom).toBe(TILES_MAX_ZOOM);
    for (let z = 0; z <= TILES_MAX_ZOOM; z++) expect([...set.tiles.keys()].some((path) => path.startsWith(`${z}/`)), `zoom ${z}`).toBe(true);
    expect(set.tiles.get('0/0/0')!.length).toBeGreaterThan(0);
    const [west, south, east, north] = set.bounds;
    expect(west).toBeGreaterThan(100); expect(east).toBeLessThan(125); expect(south).toBeGreaterThan(15); expect(north).toBeLessThan(32);
    const empty = [...set.tiles.values()].filter((bytes) => bytes.length === 0).length;
    expect(empty).toBeLessThan(set.tiles.size / 2);
  });

  it('hold every feature of every file with all its properties, and the cities their adcodes as ids', () => {
    expect(Object.keys(decode(set.tiles.get('0/0/0')!).layers).sort()).toEqual([...TILE_LAYERS].sort());
    // at the maximum zoom nothing is simplified away (at low zooms a feature smaller than a pixel is left out, as MapLibre does)
    const seen = new Map<string, Set<string>>(TILE_LAYERS.map((name) => [name, new Set()]));
    const cityIds = new Set<string>();
    for (const [path, bytes] of set.tiles) {
      if (!path.startsWith(`${TILES_MAX_ZOOM}/`) || bytes.length === 0) continue;
      for (const [name, layer] of Object.entries(decode(bytes).layers)) {
        expect(layer.extent).toBe(TILE_EXTENT);
        for (const f of featuresOf(layer)) {
          seen.get(name)!.add(JSON.stringify(f.properties));
          if (name === 'cities') cityIds.add(String(f.id));
        }
      }
    }
    // properties are flat strings and numbers in these files: each feature comes back unchanged
    for (const name of TILE_LAYERS) expect([...seen.get(name)!].sort(), name).toEqual(files[name]!.features.map((f) => JSON.stringify(f.properties)).sort());
    expect([...cityIds].sort()).toEqual(files.cities!.features.map((f) => String(f.id)).sort());
  });

  it('keep each city\'s area at the maximum zoom (no simplification there; the map scales those tiles beyond)', () => {
    const tiled = new Map<string, number>();
    for (const [path, bytes] of set.tiles) {
      const [z, x, y] = path.split('/').map(Number) as [number, number, number];
      if (z !== TILES_MAX_ZOOM || bytes.length === 0) continue;
      const layer = decode(bytes).layers.cities;
      if (!layer) continue;
      for (const f of featuresOf(layer)) {
        // tiles overlap by their margin: count each city only within its tile's own square
        const clipped = bboxClip(f.toGeoJSON(x, y, z) as Feature<Polygon | MultiPolygon>, tileBox(z, x, y));
        tiled.set(String(f.id), (tiled.get(String(f.id)) ?? 0) + area(clipped));
      }
    }
    for (const city of files.cities!.features as Feature<Polygon | MultiPolygon>[]) {
      const error = Math.abs(tiled.get(String(city.id))! / area(city) - 1);
      expect(error, String(city.id)).toBeLessThan(0.001); // measured: at most 0.014 %
    }
  });

  it('place the label points within a tile unit of the file\'s positions at the maximum zoom', () => {
    const unitDeg = 360 / 2 ** TILES_MAX_ZOOM / TILE_EXTENT;
    const found = new Map<string, [number, number]>();
    for (const [path, bytes] of set.tiles) {
      const [z, x, y] = path.split('/').map(Number) as [number, number, number];
      if (z !== TILES_MAX_ZOOM || bytes.length === 0) continue;
      const layer = decode(bytes).layers.labels;
      for (const f of layer ? featuresOf(layer) : []) {
        const [lon, lat] = (f.toGeoJSON(x, y, z).geometry as Point).coordinates as [number, number];
        const [west, south, east, north] = tileBox(z, x, y);
        if (lon >= west && lon < east && lat >= south && lat < north) found.set(JSON.stringify(f.properties), [lon, lat]);
      }
    }
    for (const label of files.labels!.features as Feature<Point>[]) {
      const [lon, lat] = found.get(JSON.stringify(label.properties))!;
      expect(Math.abs(lon - label.geometry.coordinates[0]!), JSON.stringify(label.properties)).toBeLessThan(unitDeg);
      expect(Math.abs(lat - label.geometry.coordinates[1]!)).toBeLessThan(unitDeg);
    }
  });

  it('are the same bytes, under the same hash, each time they are cut; another input gives another hash', () => {
    const again = vectorTiles(files);
    expect(again.hash).toBe(set.hash);
    expect([...again.tiles]).toEqual([...set.tiles]);
    const fewer = vectorTiles({ ...files, labels: { ...files.labels!, features: files.labels!.features.slice(1) } });
    expect(fewer.hash).not.toBe(set.hash);
  });
});
