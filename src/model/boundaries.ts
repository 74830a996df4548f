import { z } from 'zod';
import { Adcode, ZoneId, MetroId } from './ids.ts';
import { fromZodError, type LoadError } from './load-error.ts';
import { BOUNDARY_FILES, type BoundaryFiles } from './file-names.ts';

const Position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const Ring = z.array(Position).min(4);
const Areal = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(Ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(Ring).min(1)).min(1) }),
]);
const PointGeometry = z.object({ type: z.literal('Point'), coordinates: Position });

const collection = <F extends z.ZodType>(feature: F) =>
  z.object({ type: z.literal('FeatureCollection'), features: z.array(feature) });

/** geo/output files as the app and the CLI read them (checked, since they arrive as text). */
export const CityBoundaries = collection(z.object({
  type: z.literal('Feature'), id: Adcode, geometry: Areal, properties: z.object({ adcode: Adcode }),
}));
export const ZoneBoundaries = collection(z.object({
  type: z.literal('Feature'), id: ZoneId, geometry: Areal, properties: z.object({ zone: ZoneId }),
}));
export const MetroBoundaries = collection(z.object({
  type: z.literal('Feature'), id: MetroId, geometry: Areal, properties: z.object({ metro: MetroId }),
}));
export const Labels = collection(z.object({
  type: z.literal('Feature'), geometry: PointGeometry,
  properties: z.union([z.object({ adcode: Adcode }), z.object({ zone: ZoneId })]),
}));

/** County-level reference points (geo/districts.ts) that projects placed "in 南沙区" use. */
export const DistrictPoints = collection(z.object({
  type: z.literal('Feature'), id: z.string().regex(/^44\d{4}$/), geometry: PointGeometry,
  properties: z.object({ district: z.string(), name_zh: z.string(), city: Adcode }),
}));

/** County-level outlines (geo/district-shapes.ts), fetched only when a sub-sector's places are drawn. */
export const DistrictShapes = collection(z.object({
  type: z.literal('Feature'), id: z.string().regex(/^44\d{4}$/), geometry: Areal,
  properties: z.object({ district: z.string(), name_zh: z.string(), city: Adcode }),
}));
export type DistrictShapes = z.infer<typeof DistrictShapes>;

/** Parses district-shapes.geojson (given as text), or says where it failed. */
export function parseDistrictShapes(text: string): { ok: true; shapes: DistrictShapes } | { ok: false; error: LoadError } {
  const file = 'district-shapes.geojson';
  let raw: unknown;
  try { raw = JSON.parse(text); } catch (e) { return { ok: false, error: { file, record: null, field: null, message: `invalid JSON: ${(e as Error).message}` } }; }
  const result = DistrictShapes.safeParse(raw);
  if (result.success) return { ok: true, shapes: result.data };
  const [, index, ...field] = result.error.issues[0]!.path;
  return { ok: false, error: { ...fromZodError(file, result.error, undefined), record: typeof index === 'number' ? `feature ${index}` : null, field: field.join('.') || null } };
}

export type ArealGeometry = z.infer<typeof Areal>;
export interface Boundaries {
  cities: z.infer<typeof CityBoundaries>;
  zones: z.infer<typeof ZoneBoundaries>;
  metros: z.infer<typeof MetroBoundaries>;
  labels: z.infer<typeof Labels>;
  districts: z.infer<typeof DistrictPoints>;
}

export { BOUNDARY_FILES, type BoundaryFiles } from './file-names.ts';

/** Parses and checks the geo/output files (given as text). */
export function parseBoundaries(files: BoundaryFiles):
  { ok: true; boundaries: Boundaries } | { ok: false; error: LoadError } {
  const schemas = {
    'cities.geojson': CityBoundaries, 'zones.geojson': ZoneBoundaries,
    'metros.geojson': MetroBoundaries, 'labels.geojson': Labels, 'districts.geojson': DistrictPoints,
  } as const;
  const parsed: Record<string, unknown> = {};
  for (const file of BOUNDARY_FILES) {
    let raw: unknown;
    try {
      raw = JSON.parse(files[file]);
    } catch (e) {
      return { ok: false, error: { file, record: null, field: null, message: `invalid JSON: ${(e as Error).message}` } };
    }
    const result = schemas[file].safeParse(raw);
    if (!result.success) {
      const features = (raw as { features?: unknown[] })?.features;
      const error = fromZodError(file, result.error, undefined);
      const [, index, ...field] = result.error.issues[0]!.path;
      if (typeof index === 'number' && Array.isArray(features)) {
        return { ok: false, error: { ...error, record: `feature ${index}`, field: field.join('.') || null } };
      }
      return { ok: false, error };
    }
    parsed[file] = result.data;
  }
  return {
    ok: true,
    boundaries: {
      cities: parsed['cities.geojson'] as Boundaries['cities'],
      zones: parsed['zones.geojson'] as Boundaries['zones'],
      metros: parsed['metros.geojson'] as Boundaries['metros'],
      labels: parsed['labels.geojson'] as Boundaries['labels'],
      districts: parsed['districts.geojson'] as Boundaries['districts'],
    },
  };
}
