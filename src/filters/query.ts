import { ADCODES, CLUSTER_IDS, DOC_IDS, METRO_IDS, PROJECT_KINDS, RANKS, ZONE_IDS } from '../model/id-lists.ts';
import {
  DEFAULT_LAYERS, DEFAULT_SHOW, defaultUrlState, LANGS, LAYER_IDS, normaliseQ, Q_MAX, RECORD_ID, TABLE_COLUMNS, THEMES,
  type FilterState, type ShowState, type UrlState, type View,
} from './state.ts';
import { nearText, parseNear, parseWithin, WITHIN_MAX_VERTICES, withinText } from './spatial.ts';
import { classCount, classMethod, columnName, indicatorParams, INDICATOR_ALLOWED, manualBreaks } from './indicator-state.ts';

// The one parser of the URL: the page's first script (the frame and the early map), the app, scenes and
// the CLI all read a query through parseQuery. No zod here, so the first script stays small.

export { Q_MAX };

/** The URL parameters in their canonical order. */
export const PARAMS = ['layers', 'cluster', 'rank', 'zone', 'metro', 'city', 'compare', 'kind', 'doc', 'q', 'lang', 'view', 'present', 'near', 'within',
  'indicator', 'classing', 'classes', 'breaks', 'indicator2', 'theme',
  'table', 'sort', 'project', 'subsector'] as const;
export type Param = (typeof PARAMS)[number];

/** Something in the query that was dropped or changed, and why. */
/** What happened to a parameter: dropped (unknown, invalid, or repeated and overridden), or kept but cut. */
export type WarningKind = 'unreadable' | 'unknown-parameter' | 'repeated' | 'dropped' | 'cut' | 'more';

export interface QueryWarning {
  kind: WarningKind;
  param: string;              // as given, made safe to show (see `shown`)
  value: string;              // the dropped value, made safe to show
  message: string;
  allowed: readonly string[]; // what the parameter accepts
}

export const WARNING_TEXT_MAX = 60; // characters of a param or value that a warning shows
export const MAX_WARNINGS = 50;     // further warnings are counted in one last warning

/** What each parameter accepts, as warnings and the CLI name it. */
export const ALLOWED: Record<Param, readonly string[]> = {
  layers: LAYER_IDS, cluster: CLUSTER_IDS, rank: RANKS, zone: ZONE_IDS, metro: METRO_IDS, city: ADCODES, compare: ADCODES,
  kind: PROJECT_KINDS, doc: DOC_IDS, q: [`text of at most ${Q_MAX} characters`], lang: LANGS,
  view: ['lon,lat,zoom with lon -180..180, lat -85..85, zoom 0..22'],
  present: ['1', '0'],
  near: ['lon,lat,km with lon -180..180, lat -85..85, km 0..1000 (great-circle)'],
  within: [`polygons in the compact encoding of README (URL parameters), at most ${WITHIN_MAX_VERTICES} vertices; "out." first = outside`],
  ...INDICATOR_ALLOWED,
  theme: THEMES,
  table: ['1', '0'],
  sort: TABLE_COLUMNS.flatMap((c) => [c, `-${c}`]), // -column: the other way round
  project: ['a project id of data/projects.json'],
  subsector: ['a sub-sector id of data/sub-sectors.json'],
};
const FILTER_LISTS = ['rank', 'zone', 'metro', 'kind', 'doc'] as const;
const SHOW_LISTS = ['layers', 'compare'] as const;
const isIn = <T extends string>(list: readonly T[], key: string): key is T => (list as readonly string[]).includes(key);
const isParam = (key: string): key is Param => (PARAMS as readonly string[]).includes(key);

/** Reduces a page URL, a "?a=b" string or a bare "a=b" string to its parameters. */
export function searchParamsOf(input: string): URLSearchParams {
  let text = input.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    text = text.split('#', 1)[0]!; // in a URL the fragment comes last, so a "?" after "#" is not the query
    const start = text.indexOf('?');
    text = start >= 0 ? text.slice(start + 1) : '';
  } else {
    const start = text.indexOf('?');
    const equals = text.indexOf('=');
    // "host/path?a=b" or "?a=b"; but in a bare "q=why?" the "?" belongs to a value
    if (start >= 0 && (equals < 0 || start < equals)) text = text.slice(start + 1);
  }
  return new URLSearchParams(text.split('#', 1)[0]);
}

/** Parses a query leniently: every bad value is dropped with a warning; it never throws. */
export function parseQuery(input: string): { state: UrlState; warnings: QueryWarning[] } {
  const warnings = new Warnings();
  const state = defaultUrlState();
  const seen = new Map<Param, string>();
  let params: URLSearchParams;
  try {
    params = searchParamsOf(input);
  } catch {
    warnings.add('unreadable', '', String(input), 'unreadable query string', PARAMS);
    return { state, warnings: warnings.list() };
  }
  for (const [key, value] of params) {
    if (!isParam(key)) {
      warnings.add('unknown-parameter', key, value, 'unknown parameter', PARAMS);
      continue;
    }
    const earlier = seen.get(key);
    if (earlier !== undefined) warnings.add('repeated', key, earlier, 'repeated parameter; the last one wins', ALLOWED[key]);
    seen.set(key, value);
    applyParam(state, key, value, warnings);
  }
  return { state, warnings: warnings.list() };
}

function applyParam({ filters, show }: UrlState, key: Param, value: string, warnings: Warnings): void {
  const allowed = ALLOWED[key];
  const listOf = () => {
    const kept = new Set<string>();
    for (const raw of value.split(',')) {
      const item = raw.trim();
      if (item === '') continue;
      if (allowed.includes(item)) kept.add(item);
      else warnings.add('dropped', key, item, 'unknown value dropped', allowed);
    }
    return [...kept].sort();
  };
  const single = (): string | null | undefined => {
    if (value === '') return null;
    if (allowed.includes(value)) return value;
    warnings.add('dropped', key, value, 'unknown value dropped', allowed);
    return undefined; // kept as it was
  };
  if (isIn(FILTER_LISTS, key)) (filters[key] as string[]) = listOf();
  else if (isIn(SHOW_LISTS, key)) (show[key] as string[]) = listOf();
  else if (key === 'cluster' || key === 'city') {
    const id = single();
    if (id === undefined) return;
    if (key === 'cluster') filters.cluster = id as FilterState['cluster'];
    else show.city = id as ShowState['city'];
  } else if (key === 'lang') {
    if (value === 'zh' || value === 'en') show.lang = value;
    else warnings.add('dropped', key, value, 'unknown value dropped', allowed);
  } else if (key === 'q') {
    const { q, cut } = normaliseQ(value);
    if (cut) warnings.add('cut', 'q', value, `search text cut to its first ${Q_MAX} characters, which are applied`, allowed);
    filters.q = q;
  } else if (key === 'indicator' || key === 'indicator2' || key === 'classing' || key === 'classes' || key === 'breaks') {
    applyIndicatorParam(show, key, value, warnings);
  } else if (key === 'theme') {
    if (value === 'default' || value === 'contrast') show.theme = value;
    else warnings.add('dropped', key, value, 'unknown value dropped', allowed);
  } else if (key === 'near') {
    const near = value === '' ? null : parseNear(value);
    if (near || value === '') filters.near = near;
    else warnings.add('dropped', key, value, 'not a valid near (e.g. 110.41,21.2,60: lon,lat,km)', allowed);
  } else if (key === 'within') {
    const within = value === '' ? null : parseWithin(value);
    if (within && 'error' in within) warnings.add('dropped', key, value, `not a valid within: ${within.error}`, allowed);
    else filters.within = within;
  } else if (key === 'present' || key === 'table') {
    if (value === '1' || value === '0') show[key] = value === '1';
    else warnings.add('dropped', key, value, 'unknown value dropped', allowed);
  } else if (key === 'sort') {
    if (value === '') show.sort = { ...DEFAULT_SHOW.sort };
    else if (allowed.includes(value)) show.sort = { column: value.replace('-', '') as ShowState['sort']['column'], descending: value.startsWith('-') };
    else warnings.add('dropped', key, value, 'unknown value dropped', allowed);
  } else if (key === 'project' || key === 'subsector') {
    const id = value === '' ? null : RECORD_ID.test(value) ? value : undefined;
    if (id === undefined) warnings.add('dropped', key, value, 'not a valid id', allowed);
    else if (key === 'project') show.project = id;
    else show.subSector = id;
  } else {
    const view = parseView(value);
    if (view) show.view = view;
    else warnings.add('dropped', 'view', value, 'not a valid view (e.g. 113.3,23.1,7.5)', allowed);
  }
}

/** The indicator's parameters: a bad value is dropped with a warning and the default kept. */
function applyIndicatorParam(show: ShowState, key: 'indicator' | 'indicator2' | 'classing' | 'classes' | 'breaks', value: string, warnings: Warnings): void {
  const choice = show.indicator = { ...show.indicator };
  const allowed = ALLOWED[key];
  const drop = (message: string) => warnings.add('dropped', key, value, message, allowed);
  if (key === 'indicator' || key === 'indicator2') {
    const name = value.trim() === '' ? null : columnName(value);
    if (name === null && value.trim() !== '') return drop('not a column name (empty or too long)');
    if (key === 'indicator') choice.column = name;
    else choice.second = name;
  } else if (key === 'classing') {
    const method = classMethod(value);
    if (method) choice.method = method;
    else drop('unknown classing method dropped');
  } else if (key === 'classes') {
    const n = classCount(value);
    if (n !== null) choice.classes = n;
    else drop('class count must be 3 to 7');
  } else {
    const { breaks, dropped } = manualBreaks(value);
    for (const item of dropped) warnings.add('dropped', key, item, 'not a number, or more than 6 breaks', allowed);
    choice.breaks = breaks;
  }
}

/** Collects warnings, keeping the first MAX_WARNINGS and counting the rest, so hostile input stays cheap. */
class Warnings {
  private readonly kept: QueryWarning[] = [];
  private more = 0;
  add(kind: WarningKind, param: string, value: string, message: string, allowed: readonly string[]): void {
    if (this.kept.length < MAX_WARNINGS) this.kept.push({ kind, param: shown(param), value: shown(value), message, allowed });
    else this.more++;
  }
  list(): QueryWarning[] {
    if (!this.more) return this.kept;
    return [...this.kept, { kind: 'more', param: '…', value: `+${this.more}`, message: `${this.more} more warnings not listed`, allowed: PARAMS }];
  }
}

// Controls, line and paragraph separators, bidi and invisible format characters, lone surrogates.
const UNSAFE_CHAR = /^(?:[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u206f\ufeff]|[\ud800-\udfff])$/;

/** Text from the URL made safe to show on one line: unsafe characters as \uXXXX, at most `max` characters. */
export function shown(text: string, max = WARNING_TEXT_MAX): string {
  const parts: { text: string; size: number }[] = [];
  let size = 0;
  for (const ch of text) { // by code point; a lone surrogate comes alone
    const part = UNSAFE_CHAR.test(ch) ? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}` : ch;
    parts.push({ text: part, size: part === ch ? 1 : part.length });
    size += parts.at(-1)!.size;
    if (size > max) break;
  }
  if (size <= max) return parts.map((p) => p.text).join('');
  while (size > max - 1) size -= parts.pop()!.size; // room for the ellipsis
  return `${parts.map((p) => p.text).join('')}…`;
}

const VIEW_RANGES: readonly [number, number][] = [[-180, 180], [-85, 85], [0, 22]]; // lon, lat, zoom

function parseView(value: string): View | null {
  const parts = value.split(',');
  if (parts.length !== 3 || parts.some((p) => !/^\s*-?\d+(\.\d+)?\s*$/.test(p))) return null;
  const numbers = parts.map(Number);
  if (numbers.some((n, i) => !(n >= VIEW_RANGES[i]![0] && n <= VIEW_RANGES[i]![1]))) return null;
  const [lon, lat, zoom] = numbers as [number, number, number];
  return { lon: round(lon, 4), lat: round(lat, 4), zoom: round(zoom, 2) };
}

const round = (n: number, digits: number) => Number(n.toFixed(digits)) + 0; // + 0 turns -0 into 0

/** Writes the state canonically: fixed order, sorted lists, defaults left out. */
export function toQuery({ filters, show }: UrlState): string {
  const out = new URLSearchParams();
  const list = (items: readonly string[]) => [...items].sort().join(',');
  if (list(show.layers) !== list(DEFAULT_LAYERS)) out.set('layers', list(show.layers));
  if (filters.cluster) out.set('cluster', filters.cluster);
  if (filters.rank.length) out.set('rank', list(filters.rank));
  if (filters.zone.length) out.set('zone', list(filters.zone));
  if (filters.metro.length) out.set('metro', list(filters.metro));
  if (show.city) out.set('city', show.city);
  if (show.compare.length) out.set('compare', list(show.compare));
  if (filters.kind.length) out.set('kind', list(filters.kind));
  if (filters.doc.length) out.set('doc', list(filters.doc));
  if (filters.q) out.set('q', filters.q);
  if (show.lang !== DEFAULT_SHOW.lang) out.set('lang', show.lang);
  if (show.view) out.set('view', `${show.view.lon},${show.view.lat},${show.view.zoom}`);
  if (show.present) out.set('present', '1');
  if (filters.near) out.set('near', nearText(filters.near));
  if (filters.within) out.set('within', withinText(filters.within));
  for (const [key, value] of indicatorParams(show.indicator)) out.set(key, value);
  if (show.theme !== DEFAULT_SHOW.theme) out.set('theme', show.theme);
  if (show.table) out.set('table', '1');
  if (show.sort.column !== DEFAULT_SHOW.sort.column || show.sort.descending !== DEFAULT_SHOW.sort.descending) {
    out.set('sort', `${show.sort.descending ? '-' : ''}${show.sort.column}`);
  }
  if (show.project) out.set('project', show.project);
  if (show.subSector) out.set('subsector', show.subSector);
  return out.toString().replace(/%2C/g, ',');
}

/** The filters alone, canonically (`Visible.filterKey`, export metadata): equal texts mean equal visible sets. */
export const toFilterQuery = (filters: FilterState): string => toQuery({ filters, show: DEFAULT_SHOW });
