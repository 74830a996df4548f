import type { ImportGeometry } from './schema.ts';

type Pos = [number, number];

/** Why a geometry was refused; `range` keeps the offending position for the projected/swapped hint. */
export type GeometryProblem =
  | { kind: 'missing' }
  | { kind: 'collection' }
  | { kind: 'unsupported'; type: string }
  | { kind: 'empty' }
  | { kind: 'shape'; detail: 'position' | 'line' | 'ring' | 'unclosed' | 'nesting' }
  | { kind: 'number'; value: string }
  | { kind: 'range'; position: Pos };

export type GeometryCheck = { ok: true; geometry: ImportGeometry } | { ok: false; problem: GeometryProblem };

class Refused { constructor(readonly problem: GeometryProblem) {} }

const isArray = Array.isArray;
const SUPPORTED = new Set(['Point', 'LineString', 'Polygon', 'MultiPolygon']);

/** Checks a GeoJSON geometry and copies it as 2-D WGS84 positions (altitude dropped). */
export function checkGeometry(raw: unknown): GeometryCheck {
  if (raw === null || raw === undefined) return { ok: false, problem: { kind: 'missing' } };
  if (typeof raw !== 'object' || isArray(raw)) return { ok: false, problem: { kind: 'unsupported', type: typeof raw } };
  const { type, coordinates } = raw as { type?: unknown; coordinates?: unknown };
  if (type === 'GeometryCollection') return { ok: false, problem: { kind: 'collection' } };
  if (typeof type !== 'string' || !SUPPORTED.has(type)) return { ok: false, problem: { kind: 'unsupported', type: describe(type) } };
  try {
    switch (type) {
      case 'Point': return { ok: true, geometry: { type, coordinates: position(list(coordinates)) } };
      case 'LineString': return { ok: true, geometry: { type, coordinates: line(coordinates) } };
      case 'Polygon': return { ok: true, geometry: { type, coordinates: polygon(coordinates) } };
      default: return { ok: true, geometry: { type: 'MultiPolygon', coordinates: list(coordinates).map(polygon) } };
    }
  } catch (e) {
    if (e instanceof Refused) return { ok: false, problem: e.problem };
    throw e;
  }
}

function list(value: unknown): unknown[] {
  if (!isArray(value)) throw new Refused({ kind: 'shape', detail: 'nesting' });
  if (value.length === 0) throw new Refused({ kind: 'empty' });
  return value;
}

function position(value: unknown): Pos {
  if (!isArray(value) || value.length < 2) throw new Refused({ kind: 'shape', detail: 'position' });
  const [lon, lat] = value as unknown[];
  for (const n of [lon, lat]) {
    if (typeof n !== 'number' || !Number.isFinite(n)) {
      throw new Refused({ kind: 'number', value: describe(n) });
    }
  }
  const pos: Pos = [lon as number, lat as number];
  if (Math.abs(pos[0]) > 180 || Math.abs(pos[1]) > 90) throw new Refused({ kind: 'range', position: pos });
  return pos;
}

function line(value: unknown): Pos[] {
  const positions = list(value).map(position);
  if (positions.length < 2) throw new Refused({ kind: 'shape', detail: 'line' });
  return positions;
}

function polygon(value: unknown): Pos[][] {
  return list(value).map((ring) => {
    const positions = list(ring).map(position);
    if (positions.length < 4) throw new Refused({ kind: 'shape', detail: 'ring' });
    const [first, last] = [positions[0]!, positions[positions.length - 1]!];
    if (first[0] !== last[0] || first[1] !== last[1]) throw new Refused({ kind: 'shape', detail: 'unclosed' });
    return positions;
  });
}

/** Whether lon/lat look swapped: out of range as given, in range once exchanged. */
export function looksSwapped([x, y]: Pos): boolean {
  return Math.abs(y) > 90 && Math.abs(y) <= 180 && Math.abs(x) <= 90;
}

/** A short, safe description of a bad value for a message. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (value === undefined) return 'missing';
  return isArray(value) ? 'array' : typeof value;
}
