import type { Pt } from './commands.ts';

/** Web Mercator in world units (0–1 across, y down), as MapLibre projects. */
export function mercator([lon, lat]: readonly number[]): Pt {
  const phi = (Math.max(-85, Math.min(85, lat!)) * Math.PI) / 180;
  return [(lon! + 180) / 360, 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)];
}

/** A rectangle on the page, in points. */
export interface Rect { x: number; y: number; w: number; h: number }

/** A map on the page: lon/lat → page points, and the ground distance of one point. */
export interface Projection {
  rect: Rect;
  project: (lonLat: readonly number[]) => Pt;
  unproject: (point: Pt) => [number, number]; // page point → lon/lat
  metresPerPoint: number; // at the frame's centre latitude
  scale: number;          // points per world unit
}

const EARTH_CIRCUMFERENCE = 2 * Math.PI * 6378137;

/** Fits a lon/lat box into a page rectangle (centred, aspect kept), with a margin in points. */
export function fitBounds(rect: Rect, [w, s, e, n]: readonly number[], margin = 0): Projection {
  const [x0, y0] = mercator([w!, n!]);
  const [x1, y1] = mercator([e!, s!]);
  const scale = Math.min((rect.w - 2 * margin) / (x1 - x0), (rect.h - 2 * margin) / (y1 - y0));
  return centred(rect, [(x0 + x1) / 2, (y0 + y1) / 2], scale);
}

/** A projection with the given world point at the centre of the rectangle. */
export function centred(rect: Rect, [cx, cy]: Pt, scale: number): Projection {
  const ox = rect.x + rect.w / 2 - cx * scale;
  const oy = rect.y + rect.h / 2 - cy * scale;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * cy))) * 180) / Math.PI;
  return {
    rect, scale,
    project: (lonLat) => { const [x, y] = mercator(lonLat); return [ox + x * scale, oy + y * scale]; },
    unproject: ([px, py]) => {
      const [x, y] = [(px - ox) / scale, (py - oy) / scale];
      return [x * 360 - 180, (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI];
    },
    metresPerPoint: (EARTH_CIRCUMFERENCE * Math.cos((lat * Math.PI) / 180)) / scale,
  };
}

/** The lon/lat box of a set of positions. */
export function boundsOf(points: Iterable<readonly number[]>): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    w = Math.min(w, x!); e = Math.max(e, x!); s = Math.min(s, y!); n = Math.max(n, y!);
  }
  return [w, s, e, n];
}
