import { z } from 'zod';
import { Adcode, ClusterId, MetroId, ProjectKind, Rank, ZoneId } from '../model/index.ts';

/** Switchable map layers (and the exportable ones among them). */
export const LAYER_IDS = ['cities', 'zones', 'metro', 'clusters', 'projects'] as const;
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

/** Everything the URL carries: what is shown, filtered and selected. */
export const FilterState = z.strictObject({
  layers: z.array(LayerId),   // sorted, unique
  cluster: ClusterId.nullable(),
  rank: z.array(Rank),        // sorted, unique; empty = any
  zone: z.array(ZoneId),      // empty = all
  metro: z.array(MetroId),    // empty = all
  city: Adcode.nullable(),    // the selected city
  kind: z.array(ProjectKind), // empty = all
  q: z.string(),
  lang: Lang,
  view: View.nullable(),      // null = the default framing of the province
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
  kind: [],
  q: '',
  lang: 'zh',
  view: null,
});
