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
  return { bbox: [minX, minY, maxX, maxY], inside };
}
