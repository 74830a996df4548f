import { z } from 'zod';
import { Adcode, ClusterId } from './ids.ts';
import { PlaceCode } from './project.ts';
import { SourceRef } from './source.ts';

/** What the plans call the axis: 产业带, 发展带/拓展带, 科技创新走廊/轴, 经济带, 交通主轴, 文旅产业带. */
export const CORRIDOR_KINDS = [
  'industrial_belt', 'development_belt', 'innovation_corridor', 'economic_belt', 'transport_axis', 'tourism_belt',
] as const;
export const CorridorKind = z.enum(CORRIDOR_KINDS);
export type CorridorKind = z.infer<typeof CorridorKind>;

/**
 * How it is drawn: `line` — the text names an axis between places (a smooth line through them);
 * `band` — a belt along a coast or river (a buffer around that line); `area` — a region (a hull).
 */
export const CORRIDOR_GEOMETRIES = ['line', 'band', 'area'] as const;
export const CorridorGeometry = z.enum(CORRIDOR_GEOMETRIES);
export type CorridorGeometry = z.infer<typeof CorridorGeometry>;

/**
 * Where its places come from: `text` — a passage names them; `name` — the name itself lists them
 * (穗莞深惠); `plan` — the plan defines the region elsewhere (沿海经济带 = 14 cities); `public` — the
 * documents give no place, so public sources do (shown as 位置据公开资料).
 */
export const CORRIDOR_PLACEMENTS = ['text', 'name', 'plan', 'public'] as const;
export const CorridorPlacement = z.enum(CORRIDOR_PLACEMENTS);
export type CorridorPlacement = z.infer<typeof CorridorPlacement>;

/** A named axis or belt of the plans that has a place in Guangdong. */
export const Corridor = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name_zh: z.string().min(1),
  name_en: z.string().min(1),
  kind: CorridorKind,
  cities: z.array(Adcode).min(1), // in order along the axis
  segments: z.array(z.array(Adcode).min(1)).min(2).optional(), // separate parts (east and west wings); together = cities
  districts: z.array(PlaceCode), // county-level places, in order; drawn instead of the cities where given
  clusters: z.array(ClusterId), // only where the text ties the axis to a cluster
  geometry: CorridorGeometry,
  placement: CorridorPlacement,
  outside_zh: z.array(z.string().min(1)), // where the axis continues beyond Guangdong (香港, 广西…)
  sources: z.array(SourceRef).min(1), // every passage that names it
  place_sources: z.array(SourceRef).min(1).optional(), // passages giving its places, where the naming ones do not
  note: z.string().optional(), // how the places were read, and any ambiguity
});
export type Corridor = z.infer<typeof Corridor>;
