import { foldText as fold } from '../filters/text-match.ts';
import type { Adcode, ZoneId } from '../model/ids.ts';
import { inPolygon } from './point.ts';
import type { ImportContext } from './schema.ts';

type Pos = [number, number];
type BBox = [number, number, number, number];

/** Finds the city a point lies in or a cell names, and that city's zone and label point. */
export interface CityLookup {
  at(point: Pos): Adcode | null;
  byName(value: string): Adcode | null;
  zoneOf(id: Adcode): ZoneId | null;
  pointOf(id: Adcode): Pos | null;
}


/** Index built once per import: bounding boxes first, so each point tests one or two polygons. */
export function cityLookup(ctx: ImportContext): CityLookup {
  const shapes = ctx.cities.flatMap((c) => {
    const shape = ctx.cityShapes.get(c.id);
    if (!shape) return [];
    const polygons = (shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates) as Pos[][][];
    return [{ id: c.id, polygons, bbox: bboxOf(polygons) }];
  });
  const names = new Map<string, Adcode>();
  for (const c of ctx.cities) {
    for (const n of [c.id, c.name_zh, c.short_zh, c.name_en, c.pinyin]) names.set(stripAffixes(fold(n)), c.id);
  }
  const prefixes = new Map(ctx.cities.map((c) => [c.id.slice(0, 4), c.id]));
  const zones = new Map(ctx.cities.map((c) => [c.id, c.zone]));
  const named = new Map<string, Adcode | null>(); // a city column repeats a few values many times
  return {
    at([x, y]) {
      for (const { id, polygons, bbox } of shapes) {
        if (x >= bbox[0] && x <= bbox[2] && y >= bbox[1] && y <= bbox[3] && polygons.some((p) => inPolygon(x, y, p))) return id;
      }
      return null;
    },
    byName(value) {
      let id = named.get(value);
      if (id === undefined) {
        const key = stripAffixes(fold(value));
        // a county-level adcode (e.g. 440106 天河区) names its prefecture city
        id = names.get(key) ?? (/^44\d{4}$/.test(key) ? prefixes.get(key.slice(0, 4)) ?? null : null);
        named.set(value, id);
      }
      return id;
    },
    zoneOf: (id) => zones.get(id) ?? null,
    pointOf: (id) => ctx.cityPoints.get(id) ?? null,
  };
}

/** "广东省广州市" → "广州", "guangzhoucity" → "guangzhou", "guangzhoushi" → "guangzhou". */
function stripAffixes(key: string): string {
  return key.replace(/^广东省?/, '').replace(/(市|city|shi)$/, '');
}

function bboxOf(polygons: Pos[][][]): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polygons) {
    for (const [x, y] of rings[0]!) {
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
  }
  return box;
}
