import type { Feature, LineString, Point } from 'geojson';
import { distanceKm } from './spatial-filter.ts';
import type { Near } from './spatial.ts';

/** How a project list is ordered: as the plan's data lists them, or nearest the `near` centre first. */
export const PROJECT_ORDERS = ['plan', 'distance'] as const;
export type ProjectOrder = (typeof PROJECT_ORDERS)[number];

/** The joined project features (model order), each with its project id as `id`. */
export interface ProjectShapes { features: readonly (Feature<Point | LineString> & { id?: string | number })[] }

/** One row of a project list: the project and its distance from the near centre (null without one). */
export interface ProjectRow<P> { project: P; km: number | null }

const byId = new WeakMap<object, Map<string, Point | LineString>>();

/** Each project's geometry by id, indexed once per collection. */
function shapeOf(shapes: ProjectShapes, id: string): Point | LineString | undefined {
  let index = byId.get(shapes);
  if (!index) byId.set(shapes, (index = new Map(shapes.features.map((f) => [String(f.id), f.geometry]))));
  return index.get(id);
}

/** A project's great-circle distance in km (turf) from the near centre: to its point, or to a line's nearest point. */
export function projectKm(shapes: ProjectShapes, id: string, near: Pick<Near, 'lon' | 'lat'>): number | null {
  const shape = shapeOf(shapes, id);
  return shape ? distanceKm(near, shape) : null;
}

/**
 * The projects as a list shows them: each with its distance from `near` (null without a centre), in plan
 * order or nearest first (ties and projects without a distance keep plan order, those last).
 */
export function projectRows<P extends { id: string }>(projects: readonly P[], shapes: ProjectShapes, near: Near | null, order: ProjectOrder): ProjectRow<P>[] {
  const rows = projects.map((project) => ({ project, km: near ? projectKm(shapes, project.id, near) : null }));
  if (order !== 'distance' || !near) return rows;
  return rows.map((row, i) => ({ row, i }))
    .sort((a, b) => (a.row.km ?? Infinity) - (b.row.km ?? Infinity) || a.i - b.i)
    .map(({ row }) => row);
}

/** A distance as the lists and the tooltip write it: kilometres with one decimal. */
export const formatKm = (km: number): string => km.toFixed(1);
