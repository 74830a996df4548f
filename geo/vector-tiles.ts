// Cuts the boundary files the map draws first into one set of Mapbox vector tiles, at build time.
// MapLibre's worker would otherwise parse each GeoJSON file and cut it into tiles itself while the page
// loads; reading tiles made here saves it that work (the bench measured the first view about 0.2 of the
// bare page's load time sooner). The app's model still reads the GeoJSON files (geo/output/).
import { createHash } from 'node:crypto';
import type { Feature, FeatureCollection } from 'geojson';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';

/** Tile units per tile edge, as MapLibre's GeoJSON sources use. */
export const TILE_EXTENT = 8192;
/** Above this zoom MapLibre scales the last tiles; they are cut without simplification (see vectorTiles). */
export const TILES_MAX_ZOOM = 7;
// as the GeoJSON sources were given: a 32 px margin and MapLibre's default simplification, in 512 px tiles
const PX = TILE_EXTENT / 512;
const BUFFER_PX = 32;
const TOLERANCE_PX = 0.375;

export interface VectorTileSet {
  tiles: Map<string, Uint8Array>; // by "z/x/y"; tiles in the bounds with nothing in them are empty files
  bounds: [number, number, number, number]; // west, south, east, north of everything in the tiles
  maxzoom: number;
  hash: string; // of every tile's path and bytes: names the set's folder, so a new set is never read from a cache
}

/** Vector tile feature ids are unsigned integers: a numeric id (the cities' adcodes) is kept, others are left out. */
function withTileIds(collection: FeatureCollection): FeatureCollection {
  return {
    ...collection,
    features: collection.features.map(({ id, ...rest }): Feature => (
      typeof id === 'number' || (typeof id === 'string' && /^\d{1,15}$/.test(id)) ? { ...rest, id: Number(id) } : rest
    )),
  };
}

function extentOf(layers: Record<string, FeatureCollection>): [number, number, number, number] {
  const box: [number, number, number, number] = [180, 90, -180, -90];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as number[];
      box[0] = Math.min(box[0], x!); box[1] = Math.min(box[1], y!); box[2] = Math.max(box[2], x!); box[3] = Math.max(box[3], y!);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const collection of Object.values(layers)) {
    for (const f of collection.features) if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  }
  return box;
}

const tileX = (lon: number, z: number) => Math.min(2 ** z - 1, Math.floor(((lon + 180) / 360) * 2 ** z));
const tileY = (lat: number, z: number) => {
  const rad = (lat * Math.PI) / 180;
  return Math.min(2 ** z - 1, Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * 2 ** z));
};

/**
 * Every tile from zoom 0 to `maxZoom` over the layers' extent, each holding one tile layer per input
 * layer that has features there. Tiles at `maxZoom` keep every vertex (geojson-vt simplifies only below
 * its maximum zoom), so the map shows the files' own shapes when it zooms past the tiles.
 */
export function vectorTiles(layers: Record<string, FeatureCollection>, maxZoom = TILES_MAX_ZOOM): VectorTileSet {
  const indexes = Object.entries(layers).map(([name, collection]) => [name, new GeoJSONVT(withTileIds(collection), {
    maxZoom, indexMaxZoom: 0, extent: TILE_EXTENT, buffer: BUFFER_PX * PX, tolerance: TOLERANCE_PX * PX,
  })] as const);
  const bounds = extentOf(layers);
  const tiles = new Map<string, Uint8Array>();
  const hash = createHash('sha256');
  for (let z = 0; z <= maxZoom; z++) {
    for (let x = tileX(bounds[0], z); x <= tileX(bounds[2], z); x++) {
      for (let y = tileY(bounds[3], z); y <= tileY(bounds[1], z); y++) {
        const tileLayers = Object.fromEntries(indexes.flatMap(([name, index]) => {
          const tile = index.getTile(z, x, y);
          return tile && tile.features.length > 0 ? [[name, tile]] : [];
        }));
        const bytes = Object.keys(tileLayers).length > 0 ? fromGeojsonVt(tileLayers, { version: 2, extent: TILE_EXTENT }) : new Uint8Array(0);
        const path = `${z}/${x}/${y}`;
        tiles.set(path, bytes);
        hash.update(path).update(bytes);
      }
    }
  }
  return { tiles, bounds, maxzoom: maxZoom, hash: hash.digest('hex').slice(0, 10) };
}
