import { z } from 'zod';
import { Adcode, ClusterId, DocId, MetroId, ProjectKind, Rank, ZoneId } from '../model/ids.ts';
import { NEAR_KM_MAX } from './spatial.ts';
import { CLASS_METHODS, columnName, COLUMN_MAX, MAX_CLASSES, MIN_CLASSES, type IndicatorChoice } from './indicator-state.ts';
import { LANGS, LAYER_IDS, normaliseQ, Q_MAX, RECORD_ID, TABLE_COLUMNS, THEMES, type FilterState, type ShowState, type UrlState } from './state.ts';

// The URL state's rules as a zod schema, checked against the plain types of state.ts (z.ZodType<…>), so the
// two cannot drift. parseQuery does not need zod (the first script has none); the fuzz tests hold its output
// to this schema, and anything that reads a state from outside the URL parser can validate with it.

// Lists are kept sorted and unique so that a state has exactly one query string.
const sortedSet = <T extends z.ZodType<string>>(item: T) =>
  z.array(item).refine((xs) => xs.every((x, i) => i === 0 || xs[i - 1]! < x), 'must be sorted and unique');

const FilterStateSchema: z.ZodType<FilterState> = z.strictObject({
  cluster: ClusterId.nullable(),
  rank: sortedSet(Rank),
  zone: sortedSet(ZoneId),
  metro: sortedSet(MetroId),
  kind: sortedSet(ProjectKind),
  doc: sortedSet(DocId),
  q: z.string().refine((q) => normaliseQ(q).q === q, `must be trimmed, without control characters, at most ${Q_MAX} characters`),
  near: z.strictObject({ lon: z.number().min(-180).max(180), lat: z.number().min(-85).max(85), km: z.number().gt(0).max(NEAR_KM_MAX) }).nullable(),
  within: z.strictObject({
    polygons: z.array(z.array(z.array(z.tuple([z.number().min(-180).max(180), z.number().min(-85).max(85)])).min(4)).min(1)).min(1),
    outside: z.boolean(),
  }).nullable(),
});

const columnRule = z.string().refine((c) => columnName(c) === c, `must be trimmed, without control characters, at most ${COLUMN_MAX} characters`);
const IndicatorSchema: z.ZodType<IndicatorChoice> = z.strictObject({
  column: columnRule.nullable(),
  method: z.enum(CLASS_METHODS),
  classes: z.number().int().min(MIN_CLASSES).max(MAX_CLASSES),
  breaks: z.array(z.number()).max(MAX_CLASSES - 1).refine((xs) => xs.every((x, i) => i === 0 || xs[i - 1]! < x), 'must be ascending and unique'),
  second: columnRule.nullable(),
});

const ShowStateSchema: z.ZodType<ShowState> = z.strictObject({
  layers: sortedSet(z.enum(LAYER_IDS)),
  city: Adcode.nullable(),
  compare: sortedSet(Adcode),
  lang: z.enum(LANGS),
  view: z.strictObject({ lon: z.number().min(-180).max(180), lat: z.number().min(-85).max(85), zoom: z.number().min(0).max(22) }).nullable(),
  present: z.boolean(),
  indicator: IndicatorSchema,
  theme: z.enum(THEMES),
  table: z.boolean(),
  sort: z.strictObject({ column: z.enum(TABLE_COLUMNS), descending: z.boolean() }),
  project: z.string().regex(RECORD_ID).nullable(),
  subSector: z.string().regex(RECORD_ID).nullable(),
});

export const UrlStateSchema: z.ZodType<UrlState> = z.strictObject({ filters: FilterStateSchema, show: ShowStateSchema });
