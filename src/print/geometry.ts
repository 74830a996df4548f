import type { Geometry } from 'geojson';
import type { Pt } from './commands.ts';

/** The rings of a polygon or multipolygon (or the path of a line), each position projected. */
export function ringsOf(geometry: Geometry, project: (p: readonly number[]) => Pt): Pt[][] {
  switch (geometry.type) {
    case 'Polygon': return geometry.coordinates.map((ring) => ring.map(project));
    case 'MultiPolygon': return geometry.coordinates.flatMap((poly) => poly.map((ring) => ring.map(project)));
    case 'LineString': return [geometry.coordinates.map(project)];
    case 'MultiLineString': return geometry.coordinates.map((line) => line.map(project));
    default: return [];
  }
}

/** Below this distance in points (0.16 mm) a vertex adds nothing visible on paper. */
const MIN_STEP = 0.45;

/** Rings rounded to 0.01 pt (same on every machine), dropping vertices within 0.45 pt of the last one kept (first and last stay). */
export function tidy(rings: Pt[][]): Pt[][] {
  const r = (v: number) => Math.round(v * 100) / 100;
  return rings.map((ring) => {
    const out: Pt[] = [];
    ring.forEach(([x, y], i) => {
      const last = out[out.length - 1];
      if (last && i < ring.length - 1 && Math.hypot(x - last[0], y - last[1]) < MIN_STEP) return;
      out.push([r(x), r(y)]);
    });
    return out;
  });
}

/** The rings that reach into a rectangle (others are clipped away anyway: leaving them out keeps atlas pages small). */
export function inRect(rings: Pt[][], r: { x: number; y: number; w: number; h: number }): Pt[][] {
  return rings.filter((ring) => {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of ring) { x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y); }
    return x1 >= r.x && x0 <= r.x + r.w && y1 >= r.y && y0 <= r.y + r.h;
  });
}
