import { z } from 'zod';
import {
  ADCODES, CLUSTER_IDS, DOC_IDS, METRO_IDS, PROJECT_KINDS, RANKS, ZONE_IDS,
} from '../model/index.ts';
import { DEFAULT_FILTERS, DEFAULT_LAYERS, Lang, LAYER_IDS, normaliseQ, Q_MAX, type FilterState } from './state.ts';

export { Q_MAX };

/** The URL parameters in their canonical order. */
export const PARAMS = ['layers', 'cluster', 'rank', 'zone', 'metro', 'city', 'compare', 'kind', 'doc', 'q', 'lang', 'view', 'present'] as const;
export type Param = (typeof PARAMS)[number];

/** Something in the query that was dropped or changed, and why. */
export interface QueryWarning {
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
  kind: PROJECT_KINDS, doc: DOC_IDS, q: [`text of at most ${Q_MAX} characters`], lang: Lang.options,
  view: ['lon,lat,zoom with lon -180..180, lat -85..85, zoom 0..22'],
  present: ['1', '0'],
};
const LIST_PARAMS = ['layers', 'rank', 'zone', 'metro', 'compare', 'kind', 'doc'] as const;
const SINGLE_PARAMS = ['cluster', 'city', 'lang'] as const;
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
export function parseQuery(input: string): { state: FilterState; warnings: QueryWarning[] } {
  const warnings = new Warnings();
  const state: FilterState = { ...DEFAULT_FILTERS, layers: [...DEFAULT_LAYERS] };
  const seen = new Map<Param, string>();
  let params: URLSearchParams;
  try {
    params = searchParamsOf(input);
  } catch {
    warnings.add('', String(input), 'unreadable query string', PARAMS);
    return { state, warnings: warnings.list() };
  }
  for (const [key, value] of params) {
    if (!isParam(key)) {
      warnings.add(key, value, 'unknown parameter', PARAMS);
      continue;
    }
    const earlier = seen.get(key);
    if (earlier !== undefined) warnings.add(key, earlier, 'repeated parameter; the last one wins', ALLOWED[key]);
    seen.set(key, value);
    applyParam(state, key, value, warnings);
  }
  return { state, warnings: warnings.list() };
}

function applyParam(state: FilterState, key: Param, value: string, warnings: Warnings): void {
  const allowed = ALLOWED[key];
  if ((LIST_PARAMS as readonly string[]).includes(key)) {
    const kept = new Set<string>();
    for (const raw of value.split(',')) {
      const item = raw.trim();
      if (item === '') continue;
      if (allowed.includes(item)) kept.add(item);
      else warnings.add(key, item, 'unknown value dropped', allowed);
    }
    (state[key as (typeof LIST_PARAMS)[number]] as string[]) = [...kept].sort();
  } else if ((SINGLE_PARAMS as readonly string[]).includes(key)) {
    const single = key as (typeof SINGLE_PARAMS)[number];
    if (value === '' && single !== 'lang') (state[single] as string | null) = null;
    else if (allowed.includes(value)) (state[single] as string) = value;
    else warnings.add(key, value, 'unknown value dropped', allowed);
  } else if (key === 'q') {
    const { q, cut } = normaliseQ(value);
    if (cut) warnings.add('q', value, `search text cut to ${Q_MAX} characters`, allowed);
    state.q = q;
  } else if (key === 'present') {
    if (value === '1' || value === '0') state.present = value === '1';
    else warnings.add(key, value, 'unknown value dropped', allowed);
  } else {
    const view = parseView(value);
    if (view) state.view = view;
    else warnings.add('view', value, 'not a valid view (e.g. 113.3,23.1,7.5)', allowed);
  }
}

/** Collects warnings, keeping the first MAX_WARNINGS and counting the rest, so hostile input stays cheap. */
class Warnings {
  private readonly kept: QueryWarning[] = [];
  private more = 0;
  add(param: string, value: string, message: string, allowed: readonly string[]): void {
    if (this.kept.length < MAX_WARNINGS) this.kept.push({ param: shown(param), value: shown(value), message, allowed });
    else this.more++;
  }
  list(): QueryWarning[] {
    if (!this.more) return this.kept;
    return [...this.kept, { param: '…', value: `+${this.more}`, message: `${this.more} more warnings not listed`, allowed: PARAMS }];
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

const ViewNumbers = z.tuple([
  z.number().min(-180).max(180), z.number().min(-85).max(85), z.number().min(0).max(22),
]);

function parseView(value: string): FilterState['view'] {
  const parts = value.split(',');
  if (parts.length !== 3 || parts.some((p) => !/^\s*-?\d+(\.\d+)?\s*$/.test(p))) return null;
  const result = ViewNumbers.safeParse(parts.map(Number));
  if (!result.success) return null;
  const [lon, lat, zoom] = result.data;
  return { lon: round(lon, 4), lat: round(lat, 4), zoom: round(zoom, 2) };
}

const round = (n: number, digits: number) => Number(n.toFixed(digits)) + 0; // + 0 turns -0 into 0

/** Writes the state canonically: fixed order, sorted lists, defaults left out. */
export function toQuery(state: FilterState): string {
  const out = new URLSearchParams();
  const list = (items: readonly string[]) => [...items].sort().join(',');
  if (list(state.layers) !== list(DEFAULT_LAYERS)) out.set('layers', list(state.layers));
  if (state.cluster) out.set('cluster', state.cluster);
  if (state.rank.length) out.set('rank', list(state.rank));
  if (state.zone.length) out.set('zone', list(state.zone));
  if (state.metro.length) out.set('metro', list(state.metro));
  if (state.city) out.set('city', state.city);
  if (state.compare.length) out.set('compare', list(state.compare));
  if (state.kind.length) out.set('kind', list(state.kind));
  if (state.doc.length) out.set('doc', list(state.doc));
  if (state.q) out.set('q', state.q);
  if (state.lang !== DEFAULT_FILTERS.lang) out.set('lang', state.lang);
  if (state.view) out.set('view', `${state.view.lon},${state.view.lat},${state.view.zoom}`);
  if (state.present) out.set('present', '1');
  return out.toString().replace(/%2C/g, ',');
}
