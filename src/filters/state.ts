import { z } from 'zod';
import { Adcode, ClusterId, DocId, MetroId, ProjectKind, Rank, ZoneId } from '../model/index.ts';

/** Switchable map layers (and the exportable ones among them). */
export const LAYER_IDS = ['cities', 'zones', 'metro', 'clusters', 'projects', 'corridors'] as const;
export const LayerId = z.enum(LAYER_IDS);
export type LayerId = z.infer<typeof LayerId>;

export const Lang = z.enum(['zh', 'en']);
export type Lang = z.infer<typeof Lang>;

export const View = z.strictObject({
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-85).max(85),
  zoom: z.number().min(0).max(22),
});
export type View = z.infer<typeof View>;

/** The most characters (code points) the search text keeps. */
export const Q_MAX = 200;

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The search text as the URL keeps it: controls become spaces, trimmed, cut to Q_MAX characters (and trimmed again). */
export function normaliseQ(text: string): { q: string; cut: boolean } {
  const clean = text.replace(LONE_SURROGATE, '\ufffd').replace(CONTROL, ' ').trim();
  if (clean.length <= Q_MAX) return { q: clean, cut: false }; // UTF-16 length ≥ code points
  let q = '';
  let n = 0;
  for (const ch of clean) {
    if (n++ === Q_MAX) return { q: q.trim(), cut: true };
    q += ch;
  }
  return { q, cut: false };
}

// Lists are kept sorted and unique so that a state has exactly one query string.
const sortedSet = <T extends z.ZodType<string>>(item: T) =>
  z.array(item).refine((xs) => xs.every((x, i) => i === 0 || xs[i - 1]! < x), 'must be sorted and unique');

/** Everything the URL carries: what is shown, filtered and selected. */
export const FilterState = z.strictObject({
  layers: sortedSet(LayerId),
  cluster: ClusterId.nullable(),
  rank: sortedSet(Rank),        // empty = any
  zone: sortedSet(ZoneId),      // empty = all
  metro: sortedSet(MetroId),    // empty = all
  city: Adcode.nullable(),      // the selected city
  compare: sortedSet(Adcode),   // cities side by side in the comparison, in adcode order
  kind: sortedSet(ProjectKind), // empty = all
  doc: sortedSet(DocId),        // projects and corridors these documents name; empty = all
  q: z.string().refine((q) => normaliseQ(q).q === q, `must be trimmed, without control characters, at most ${Q_MAX} characters`),
  lang: Lang,
  view: View.nullable(),        // null = the default framing of the province
  present: z.boolean(),         // presentation mode: no editing chrome, larger type
});
export type FilterState = z.infer<typeof FilterState>;

export const DEFAULT_LAYERS: readonly LayerId[] = ['cities', 'clusters', 'zones'];

export const DEFAULT_FILTERS: FilterState = Object.freeze({
  layers: [...DEFAULT_LAYERS],
  cluster: null,
  rank: [],
  zone: [],
  metro: [],
  city: null,
  compare: [],
  kind: [],
  doc: [],
  q: '',
  lang: 'zh',
  view: null,
  present: false,
});

/** A filter list with one item switched on or off (toggled by default), kept sorted and unique as FilterState requires. */
export function toggled<T extends string>(list: readonly T[], item: T, on = !list.includes(item)): T[] {
  return [...new Set(on ? [...list, item] : list.filter((x) => x !== item))].sort();
}
