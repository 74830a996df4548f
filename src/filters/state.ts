import type { Adcode, ClusterId, DocId, MetroId, ProjectKind, Rank, ZoneId } from '../model/ids.ts';
import type { Near, Within } from './spatial.ts';
import { DEFAULT_INDICATOR, type IndicatorChoice } from './indicator-state.ts';

// The URL's state, in two parts: what filters the plan (FilterState: it alone decides `Visible`) and how
// the filtered plan is shown (ShowState: layers, selection, camera, language, mode). A camera move or a
// comparison change is a new ShowState with the same FilterState object, so nothing recolours.
// Plain types, no zod: the page's first script parses the URL (src/filters/query.ts) before zod loads;
// the parser is the schema, and it never lets an invalid value through.

/** Switchable map layers (and the exportable ones among them). */
export const LAYER_IDS = ['cities', 'zones', 'metro', 'clusters', 'projects', 'corridors'] as const;
export type LayerId = (typeof LAYER_IDS)[number];

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export interface View { lon: number; lat: number; zoom: number }

/** Colour themes: the default, and high contrast for projectors and low vision (theme=contrast). */
export const THEMES = ['default', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];
/** The table's sortable columns; `rank` and `projects` exist only with a cluster chosen / projects shown. */
export const TABLE_COLUMNS = ['city', 'zone', 'rank', 'core', 'ranked', 'projects'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];
/** The table's order: a column, and whether it runs the other way round. */
export interface TableSort { column: TableColumn; descending: boolean }
/** The ids of projects and sub-sectors as data/ writes them (checked against the model by resolveShowIds). */
export const RECORD_ID = /^[a-z0-9][a-z0-9_.-]{0,99}$/;

/** The most characters (code points) the search text keeps. */
export const Q_MAX = 200;

/** What filters the plan: the cities, zones, metro areas and projects it leaves visible. Lists are sorted and unique. */
export interface FilterState {
  cluster: ClusterId | null;
  rank: Rank[];        // empty = any
  zone: ZoneId[];      // empty = all
  metro: MetroId[];    // empty = all
  kind: ProjectKind[]; // empty = all
  doc: DocId[];        // projects and corridors these documents name; empty = all
  q: string;           // normalised by normaliseQ
  near: Near | null;     // within km of a point (spatial.ts); null = anywhere
  within: Within | null; // inside (or outside) drawn or loaded polygons (spatial.ts); null = anywhere
}

/** How the filtered plan is shown: none of it changes what is visible. Lists are sorted and unique. */
export interface ShowState {
  layers: LayerId[];
  city: Adcode | null;  // the selected city
  compare: Adcode[];    // cities side by side in the comparison, in adcode order
  lang: Lang;
  view: View | null;    // null = the default framing of the province
  present: boolean;     // presentation mode: no editing chrome, larger type
  indicator: IndicatorChoice; // the cities coloured by an imported file's column (indicator-state.ts)
  theme: Theme;         // colour theme; 'contrast' for projectors
  table: boolean;       // the table view is open
  sort: TableSort;      // the table's order (the city column is sorted by the shown name)
  project: string | null;   // the project whose panel is open
  subSector: string | null; // the sub-sector whose cities are outlined (of the chosen cluster)
}

/** Everything the URL carries. */
export interface UrlState { filters: FilterState; show: ShowState }

export const DEFAULT_LAYERS: readonly LayerId[] = ['cities', 'clusters', 'zones'];

export const DEFAULT_FILTERS: FilterState = Object.freeze({ cluster: null, rank: [], zone: [], metro: [], kind: [], doc: [], q: '', near: null, within: null });

export const DEFAULT_SHOW: ShowState = Object.freeze({
  layers: [...DEFAULT_LAYERS], city: null, compare: [], lang: 'zh', view: null, present: false,
  indicator: DEFAULT_INDICATOR, theme: 'default',
  table: false, sort: Object.freeze({ column: 'city', descending: false }), project: null, subSector: null,
});

/** A fresh default URL state (its lists may be changed by the caller). */
export const defaultUrlState = (): UrlState => ({
  filters: { ...DEFAULT_FILTERS, rank: [], zone: [], metro: [], kind: [], doc: [] },
  show: { ...DEFAULT_SHOW, layers: [...DEFAULT_LAYERS], compare: [], indicator: { ...DEFAULT_INDICATOR, breaks: [] } },
});

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

/** A list with one item switched on or off (toggled by default), kept sorted and unique as the states require. */
export function toggled<T extends string>(list: readonly T[], item: T, on = !list.includes(item)): T[] {
  return [...new Set(on ? [...list, item] : list.filter((x) => x !== item))].sort();
}
