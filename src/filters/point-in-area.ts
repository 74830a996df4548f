import type { LonLat } from './spatial.ts';

/**
 * A fast point-in-area test for many points against one set of rings (a MultiPolygon's, holes too):
 * even–odd crossing count, a point on a ring counting as inside (as turf's booleanPointInPolygon does).
 * The rings' edges are sorted into horizontal bands, so a point is tested only against the few
 * edges that span its latitude: 100k points × a 200-vertex polygon take a few milliseconds.
 */
export interface AreaTest {
  bbox: [number, number, number, number];
  inside: (x: number, y: number) => boolean;
  /** Whether a line (a ring, a path) meets any edge of the area, touching included. */
  crosses: (line: readonly (readonly number[])[]) => boolean;
}

export function areaTest(polygons: readonly (readonly (readonly LonLat[])[])[]): AreaTest {
  const edges: number[] = []; // x1, y1, x2, y2 per edge
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polygons) {
    for (const ring of rings) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const [x1, y1] = ring[i]!;
        const [x2, y2] = ring[i + 1]!;
        edges.push(x1, y1, x2, y2);
        minX = Math.min(minX, x1); maxX = Math.max(maxX, x1);
        minY = Math.min(minY, y1); maxY = Math.max(maxY, y1);
      }
    }
  }
  const count = edges.length / 4;
  const bandCount = Math.max(1, Math.min(256, count));
  const height = (maxY - minY) / bandCount || 1;
  const bandOf = (y: number) => Math.min(bandCount - 1, Math.max(0, Math.floor((y - minY) / height)));
  const lists: number[][] = Array.from({ length: bandCount }, () => []);
  for (let e = 0; e < count; e++) {
    const y1 = edges[4 * e + 1]!;
    const y2 = edges[4 * e + 3]!;
    for (let b = bandOf(Math.min(y1, y2)), end = bandOf(Math.max(y1, y2)); b <= end; b++) lists[b]!.push(e);
  }
  const flat = Float64Array.from(edges);
  const bands = lists.map((list) => Int32Array.from(list));
  const inside = (x: number, y: number): boolean => {
    if (x < minX || x > maxX || y < minY || y > maxY) return false;
    const band = bands[bandOf(y)]!;
    let odd = false;
    for (let k = 0; k < band.length; k++) {
      const e = 4 * band[k]!;
      const x1 = flat[e]!; const y1 = flat[e + 1]!; const x2 = flat[e + 2]!; const y2 = flat[e + 3]!;
      if ((y1 > y) !== (y2 > y)) {
        const cross = (x2 - x1) * (y - y1) - (y2 - y1) * (x - x1);
        if (cross === 0) return true; // on the edge
        if ((cross > 0) === (y2 > y1)) odd = !odd; // the edge passes to the right of the point
      } else if (y1 === y && y2 === y && x >= Math.min(x1, x2) && x <= Math.max(x1, x2)) return true; // on a horizontal edge
      else if ((y1 === y && x1 === x) || (y2 === y && x2 === x)) return true; // on a vertex
    }
    return odd;
  };
  const crosses = (line: readonly (readonly number[])[]): boolean => {
    for (let i = 0; i + 1 < line.length; i++) {
      const ax = line[i]![0]!; const ay = line[i]![1]!; const bx = line[i + 1]![0]!; const by = line[i + 1]![1]!;
      if (Math.max(ax, bx) < minX || Math.min(ax, bx) > maxX || Math.max(ay, by) < minY || Math.min(ay, by) > maxY) continue;
      const seen = new Set<number>();
      for (let b = bandOf(Math.max(minY, Math.min(ay, by))), end = bandOf(Math.min(maxY, Math.max(ay, by))); b <= end; b++) {
        const band = bands[b]!;
        for (let k = 0; k < band.length; k++) {
          const e = band[k]!;
          if (seen.has(e)) continue;
          seen.add(e);
          if (segmentsMeet(ax, ay, bx, by, flat[4 * e]!, flat[4 * e + 1]!, flat[4 * e + 2]!, flat[4 * e + 3]!)) return true;
        }
      }
    }
    return false;
  };
  return { bbox: [minX, minY, maxX, maxY], inside, crosses };
}

const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) => Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
const within = (a: number, b: number, c: number) => c >= Math.min(a, b) && c <= Math.max(a, b);

/** Whether segments ab and cd share a point (the usual orientation test, collinear overlaps included). */
function segmentsMeet(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): boolean {
  const o1 = orient(ax, ay, bx, by, cx, cy);
  const o2 = orient(ax, ay, bx, by, dx, dy);
  const o3 = orient(cx, cy, dx, dy, ax, ay);
  const o4 = orient(cx, cy, dx, dy, bx, by);
  if (o1 !== o2 && o3 !== o4) return true;
  const on = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) => within(px, qx, rx) && within(py, qy, ry);
  return (o1 === 0 && on(ax, ay, bx, by, cx, cy)) || (o2 === 0 && on(ax, ay, bx, by, dx, dy))
    || (o3 === 0 && on(cx, cy, dx, dy, ax, ay)) || (o4 === 0 && on(cx, cy, dx, dy, bx, by));
}
