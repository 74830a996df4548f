// The spatial selection as the URL keeps it: "within N km of a point" (`near`) and "inside (or outside)
// these polygons" (`within`). Plain data, parsed and written here with no library, so the page's first
// script can read a URL that holds one. The geometry tests live in spatial-filter.ts.

export type LonLat = [number, number];

/** Within `km` kilometres (great-circle, as turf measures) of a point. */
export interface Near { lon: number; lat: number; km: number }

/**
 * Inside (or, with `outside`, not inside) an area: GeoJSON MultiPolygon coordinates, each ring closed,
 * every coordinate on the 1e-5° grid the URL keeps (about 1 m). A point is inside when it lies inside
 * an odd number of rings (or on a ring), which for a valid MultiPolygon is GeoJSON's own meaning.
 */
export interface Within { polygons: LonLat[][][]; outside: boolean }

export const NEAR_KM_MAX = 1000;
/** The most vertices a `within` area may have (closing positions not counted), so a URL stays short. */
export const WITHIN_MAX_VERTICES = 500;
/** The longest `within` text read (every vertex at its longest, 6 characters per number, plus separators). */
export const WITHIN_MAX_CHARS = WITHIN_MAX_VERTICES * 12 + 200;

const SCALE = 1e5;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'; // base64url: kept as is in a URL
const OUTSIDE = 'out';

/** A coordinate on the URL's grid (1e-5°). */
export const onGrid = (x: number) => Math.round(x * SCALE) / SCALE + 0; // + 0 turns -0 into 0

const NUMBER = /^\s*-?\d+(\.\d+)?\s*$/;

/** `lon,lat,km` → Near (lon -180..180, lat -85..85, 0 < km ≤ 1000), or null. */
export function parseNear(value: string): Near | null {
  const parts = value.split(',');
  if (parts.length !== 3 || parts.some((p) => !NUMBER.test(p))) return null;
  const [lon, lat, km] = parts.map(Number) as [number, number, number];
  if (!(lon >= -180 && lon <= 180 && lat >= -85 && lat <= 85 && km > 0 && km <= NEAR_KM_MAX)) return null;
  const kept = Math.round(km * 1000) / 1000;
  return kept > 0 ? { lon: onGrid(lon), lat: onGrid(lat), km: kept } : null;
}

export const nearText = (near: Near) => `${near.lon},${near.lat},${near.km}`;

/**
 * The compact `within` text: rings separated by ".", polygons by "..", an optional leading "out." for
 * "outside". Each ring is its positions without the closing one, as lon, lat pairs on the 1e-5° grid:
 * the first absolute, the rest as differences from the one before; each number zigzag-encoded
 * (0, -1, 1, -2 … → 0, 1, 2, 3 …) and written 5 bits per base64url character, low bits first, with
 * 32 added to every character but a number's last (Google's encoded-polyline scheme, in URL-safe letters).
 */
export function withinText({ polygons, outside }: Within): string {
  const ring = (positions: LonLat[]) => {
    let out = '';
    let px = 0;
    let py = 0;
    for (const [lon, lat] of positions.slice(0, -1)) {
      const x = Math.round(lon * SCALE);
      const y = Math.round(lat * SCALE);
      out += varint(x - px) + varint(y - py);
      px = x;
      py = y;
    }
    return out;
  };
  const text = polygons.map((p) => p.map(ring).join('.')).join('..');
  return outside ? `${OUTSIDE}.${text}` : text;
}

function varint(n: number): string {
  let v = n < 0 ? -2 * n - 1 : 2 * n;
  let out = '';
  while (v >= 32) {
    out += ALPHABET[32 + (v % 32)];
    v = Math.floor(v / 32);
  }
  return out + ALPHABET[v];
}

/** Reads a `within` text; an error says what is wrong. */
export function parseWithin(text: string): Within | { error: string } {
  if (text.length > WITHIN_MAX_CHARS) return { error: `longer than ${WITHIN_MAX_CHARS} characters` };
  let body = text.trim();
  const outside = body.startsWith(`${OUTSIDE}.`);
  if (outside) body = body.slice(OUTSIDE.length + 1);
  if (!body) return { error: 'no polygon' };
  const polygons: LonLat[][][] = [];
  let vertices = 0;
  for (const part of body.split('..')) {
    const rings: LonLat[][] = [];
    for (const ringText of part.split('.')) {
      const numbers = readNumbers(ringText);
      if (!numbers) return { error: 'not a polygon encoding (base64url letters, "." between rings)' };
      if (numbers.length % 2) return { error: 'a ring has an odd count of numbers' };
      const ring: LonLat[] = [];
      let x = 0;
      let y = 0;
      for (let i = 0; i < numbers.length; i += 2) {
        x += numbers[i]!;
        y += numbers[i + 1]!;
        ring.push([x / SCALE + 0, y / SCALE + 0]);
      }
      if (ring.some(([lon, lat]) => !(lon >= -180 && lon <= 180 && lat >= -85 && lat <= 85))) return { error: 'a position is outside lon -180..180, lat -85..85' };
      if (new Set(ring.map((p) => `${p[0]},${p[1]}`)).size < 3) return { error: 'a ring has fewer than 3 distinct positions' };
      vertices += ring.length;
      if (vertices > WITHIN_MAX_VERTICES) return { error: `more than ${WITHIN_MAX_VERTICES} vertices` };
      rings.push([...ring, [...ring[0]!]]);
    }
    polygons.push(rings);
  }
  return { polygons, outside };
}

function readNumbers(text: string): number[] | null {
  if (!text) return null;
  const out: number[] = [];
  let v = 0;
  let scale = 1;
  for (const ch of text) {
    const d = ALPHABET.indexOf(ch);
    if (d < 0) return null;
    v += (d % 32) * scale;
    if (d >= 32) {
      scale *= 32;
      if (scale > 2 ** 40) return null;
      continue;
    }
    out.push(v % 2 ? -(v + 1) / 2 : v / 2);
    v = 0;
    scale = 1;
  }
  return scale === 1 ? out : null; // a number cut short
}

/** A Within with every coordinate on the URL's grid and every ring closed (what parseWithin would give back). */
export function normaliseWithin(polygons: LonLat[][][], outside = false): Within {
  return {
    outside,
    polygons: polygons.map((rings) => rings.map((ring) => {
      const open = ring.map(([lon, lat]) => [onGrid(lon), onGrid(lat)] as LonLat);
      const [first, last] = [open[0]!, open.at(-1)!];
      if (open.length > 1 && first[0] === last[0] && first[1] === last[1]) open.pop();
      return [...open, [...open[0]!] as LonLat];
    })),
  };
}

/** How many vertices an area has (closing positions not counted). */
export const vertexCount = (polygons: LonLat[][][]) => polygons.reduce((n, rings) => n + rings.reduce((m, r) => m + r.length - 1, 0), 0);
