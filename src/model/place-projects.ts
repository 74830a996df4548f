import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { ArealGeometry } from './boundaries.ts';
import type { Adcode } from './ids.ts';
import type { Project } from './project.ts';
import { round6 } from './round.ts';

type LonLat = [number, number];

/** Where each kind of anchor is: city label points and district interior points. */
export interface Anchors {
  cityPoints: Map<Adcode, LonLat>;
  districtPoints: Map<string, LonLat>;
  cityShapes: Map<Adcode, ArealGeometry>;
}

export interface Placement { point: LonLat; line: LonLat[] | null }

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Spacing (degrees of latitude) between projects sharing an anchor: roughly 4 km in a city, 1.5 km in a district. */
const SPACING = { city: 0.036, district: 0.0135 } as const;

/** The k-th point of a sunflower spiral around an anchor (k = 0 is the anchor itself). */
function spiralPoint(anchor: LonLat, k: number, spacing: number): LonLat {
  const r = spacing * Math.sqrt(k);
  const angle = k * GOLDEN_ANGLE;
  return [
    round6(anchor[0] + (r * Math.cos(angle)) / Math.cos((anchor[1] * Math.PI) / 180)),
    round6(anchor[1] + r * Math.sin(angle)),
  ];
}

/**
 * Resolves every project's location to a point (and its line, if any). `site` points are used as
 * given; `district` and `city` projects sharing an anchor are spread on a spiral, in id order, so they
 * do not stack — deterministic, so the export is stable.
 */
export function placeProjects(projects: readonly Project[], anchors: Anchors): Map<string, Placement> {
  const anchorOf = (p: Project): { key: string; point: LonLat; spacing: number } | null => {
    const loc = p.location;
    if (loc.precision === 'site') return null;
    if (loc.precision === 'district') {
      return { key: `d:${loc.district}`, point: need(anchors.districtPoints.get(loc.district), `district ${loc.district}`), spacing: SPACING.district };
    }
    return { key: `c:${p.cities[0]}`, point: need(anchors.cityPoints.get(p.cities[0]!), `city ${p.cities[0]}`), spacing: SPACING.city };
  };
  const stopPoint = (code: string): LonLat =>
    anchors.districtPoints.get(code) ?? need(anchors.cityPoints.get(code as Adcode), `line stop ${code}`);

  const groups = new Map<string, Project[]>();
  for (const p of projects) {
    const key = anchorOf(p)?.key;
    if (key) groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  // a city-precision marker stays in the city that anchors it; a district's may sit in any of its cities
  const inside = (point: LonLat, p: Project) => (p.location.precision === 'city' ? p.cities.slice(0, 1) : p.cities).some((c) => {
    const shape = anchors.cityShapes.get(c);
    return !shape || booleanPointInPolygon(point, { type: 'Feature', properties: {}, geometry: shape });
  });
  const points = new Map<string, LonLat>();
  for (const group of groups.values()) {
    // each project, in id order, takes the next spiral slot that falls inside one of its cities
    const { point: anchor, spacing: base } = anchorOf(group[0]!)!;
    const spacing = base / Math.sqrt(Math.max(1, group.length / 20)); // large groups pack tighter to stay inside the city
    let k = 0;
    for (const p of [...group].sort((a, b) => a.id.localeCompare(b.id))) {
      let point = spiralPoint(anchor, k++, spacing);
      for (let tries = 0; !inside(point, p) && tries < 500; tries++) point = spiralPoint(anchor, k++, spacing);
      points.set(p.id, inside(point, p) ? point : anchor);
    }
  }
  const placed = new Map<string, Placement>();
  for (const p of projects) {
    const point = p.location.precision === 'site' ? p.location.point : points.get(p.id)!;
    placed.set(p.id, { point, line: p.line ? p.line.map(stopPoint) : null });
  }
  return placed;
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`projects: no point for ${what}`);
  return value;
}
