import { z } from 'zod';
import {
  ADCODES, CLUSTER_IDS, METRO_IDS, PROJECT_KINDS, RANKS, ZONE_IDS,
} from '../model/index.ts';
import { DEFAULT_FILTERS, DEFAULT_LAYERS, LAYER_IDS, type FilterState } from './state.ts';

/** The URL parameters in their canonical order. */
export const PARAMS = ['layers', 'cluster', 'rank', 'zone', 'metro', 'city', 'kind', 'q', 'lang', 'view'] as const;
export type Param = (typeof PARAMS)[number];

/** Something in the query that was dropped or changed, and why. */
export interface QueryWarning {
  param: string;
  value: string;
  message: string;
  allowed?: readonly string[];
}

export const Q_MAX = 200;
const LIST_ITEMS: Record<'layers' | 'rank' | 'zone' | 'metro' | 'kind', readonly string[]> = {
  layers: LAYER_IDS, rank: RANKS, zone: ZONE_IDS, metro: METRO_IDS, kind: PROJECT_KINDS,
};
const SINGLE_ITEMS: Record<'cluster' | 'city' | 'lang', readonly string[]> = {
  cluster: CLUSTER_IDS, city: ADCODES, lang: ['zh', 'en'],
};

/** Reduces a page URL, a "?a=b" string or a bare "a=b" string to its parameters. */
export function searchParamsOf(input: string): URLSearchParams {
  let text = input.trim();
  const queryStart = text.indexOf('?');
  if (queryStart >= 0) text = text.slice(queryStart + 1);
  else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) text = '';
  const hash = text.indexOf('#');
  if (hash >= 0) text = text.slice(0, hash);
  return new URLSearchParams(text);
}

/** Parses a query leniently: every bad value is dropped with a warning; it never throws. */
export function parseQuery(input: string): { state: FilterState; warnings: QueryWarning[] } {
  const warnings: QueryWarning[] = [];
  const state: FilterState = { ...DEFAULT_FILTERS, layers: [...DEFAULT_LAYERS] };
  const seen = new Set<string>();
  let params: URLSearchParams;
  try {
    params = searchParamsOf(input);
  } catch {
    return { state, warnings: [{ param: '', value: clip(input), message: 'unreadable query string' }] };
  }
  for (const [key, value] of params) {
    if (!(PARAMS as readonly string[]).includes(key)) {
      warnings.push({ param: clip(key), value: clip(value), message: 'unknown parameter', allowed: PARAMS });
      continue;
    }
    if (seen.has(key)) warnings.push({ param: key, value: clip(value), message: 'repeated parameter; the last one wins' });
    seen.add(key);
    applyParam(state, key as Param, value, warnings);
  }
  return { state, warnings };
}

function applyParam(state: FilterState, key: Param, value: string, warnings: QueryWarning[]): void {
  switch (key) {
    case 'layers': case 'rank': case 'zone': case 'metro': case 'kind': {
      const allowed = LIST_ITEMS[key];
      const items = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
      const kept = items.filter((item) => {
        const ok = allowed.includes(item);
        if (!ok) warnings.push({ param: key, value: clip(item), message: 'unknown value dropped', allowed });
        return ok;
      });
      (state[key] as string[]) = [...new Set(kept)].sort();
      return;
    }
    case 'cluster': case 'city': case 'lang': {
      const allowed = SINGLE_ITEMS[key];
      if (value === '' && key !== 'lang') { (state[key] as string | null) = null; return; }
      if (allowed.includes(value)) (state[key] as string) = value;
      else warnings.push({ param: key, value: clip(value), message: 'unknown value dropped', allowed });
      return;
    }
    case 'q': {
      const text = value.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
      if ([...text].length > Q_MAX) warnings.push({ param: 'q', value: clip(text), message: `search text cut to ${Q_MAX} characters` });
      state.q = [...text].slice(0, Q_MAX).join('');
      return;
    }
    case 'view': {
      const view = parseView(value);
      if (view) state.view = view;
      else warnings.push({ param: 'view', value: clip(value), message: 'expected lon,lat,zoom (e.g. 113.3,23.1,7.5)' });
      return;
    }
  }
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
const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}...` : s);

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
  if (state.kind.length) out.set('kind', list(state.kind));
  if (state.q) out.set('q', state.q);
  if (state.lang !== DEFAULT_FILTERS.lang) out.set('lang', state.lang);
  if (state.view) out.set('view', `${state.view.lon},${state.view.lat},${state.view.zoom}`);
  return out.toString().replace(/%2C/g, ',');
}
