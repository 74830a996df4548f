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

/** Rings rounded to 0.01 pt (smaller output, same on every machine) with repeated points dropped. */
export function tidy(rings: Pt[][]): Pt[][] {
  const r = (v: number) => Math.round(v * 100) / 100;
  return rings.map((ring) => ring.map(([x, y]): Pt => [r(x), r(y)])
    .filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]));
}
