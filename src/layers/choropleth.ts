import { ckmeans, equalIntervalBreaks, quantileSorted } from 'simple-statistics';
import type { LegendSection } from './legend.ts';
import type { RGBA } from './palette.ts';
import type { BivariateGrid, SecondVariable } from './bivariate.ts';

import { CLASS_METHODS, MAX_CLASSES, MIN_CLASSES, type ClassMethod } from '../filters/indicator-state.ts';

export { CLASS_METHODS, MAX_CLASSES, MIN_CLASSES, type ClassMethod };

/**
 * ColorBrewer YlGnBu, 3–7 classes (Cynthia Brewer, Apache-2.0): sequential, light to dark, and
 * readable with the common colour-vision deficiencies and in greyscale.
 */
export const SEQUENTIAL: Record<number, RGBA[]> = {
  3: [[237, 248, 177, 255], [127, 205, 187, 255], [44, 127, 184, 255]],
  4: [[255, 255, 204, 255], [161, 218, 180, 255], [65, 182, 196, 255], [34, 94, 168, 255]],
  5: [[255, 255, 204, 255], [161, 218, 180, 255], [65, 182, 196, 255], [44, 127, 184, 255], [37, 52, 148, 255]],
  6: [[255, 255, 204, 255], [199, 233, 180, 255], [127, 205, 187, 255], [65, 182, 196, 255], [44, 127, 184, 255], [37, 52, 148, 255]],
  7: [[255, 255, 204, 255], [199, 233, 180, 255], [127, 205, 187, 255], [65, 182, 196, 255], [29, 145, 192, 255], [34, 94, 168, 255], [12, 44, 132, 255]],
};
/** A city without a value. */
export const NO_VALUE: RGBA = [236, 234, 228, 255];

const PLAIN_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** A cell as a number: numbers as they are, plain numeric text ("1,234.5", "-7") parsed; anything else null. */
export function asNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return PLAIN_NUMBER.test(t) ? Number(t.replace(/,/g, '')) : null;
}

// codes look like numbers but are names: adcodes, ids, 编码 (and "0755" would lose its zero)
const CODE_NAME = /(^|_)(id|code|adcode|city)$|编码|代码|编号|城市/i;

/** The columns whose every non-empty cell is a number (and at least one is): what can colour the cities. Codes and ids are not. */
export function numericColumns(columns: readonly string[], rows: readonly Record<string, unknown>[]): string[] {
  return columns.filter((c) => {
    if (CODE_NAME.test(c)) return false;
    let seen = false;
    for (const r of rows) {
      const v = r[c];
      if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
      if (asNumber(v) === null || (typeof v === 'string' && /^[+-]?0\d/.test(v.trim()))) return false;
      seen = true;
    }
    return seen;
  });
}

/**
 * Class limits for the values: k + 1 ascending numbers from the minimum to the maximum (a value v is in
 * class i when limits[i] ≤ v < limits[i + 1]; the last class includes the maximum). Manual breaks are the
 * inner limits, sorted and kept within the range. Fewer distinct values than classes give fewer classes;
 * a last class from the maximum to itself holds just the maximum (natural breaks isolating an outlier).
 */
export function classBreaks(values: readonly number[], method: ClassMethod, k: number, manual: readonly number[] = []): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return [];
  const min = sorted[0]!;
  const max = sorted.at(-1)!;
  const classes = Math.max(MIN_CLASSES, Math.min(MAX_CLASSES, Math.round(k)));
  let inner: number[];
  switch (method) {
    case 'quantile': inner = Array.from({ length: classes - 1 }, (_, i) => quantileSorted(sorted, (i + 1) / classes)); break;
    case 'equal': inner = equalIntervalBreaks(sorted, classes).slice(1, -1); break;
    case 'jenks': { // natural breaks: simple-statistics' ckmeans, the optimal 1-D clustering Jenks approximates
      const groups = ckmeans(sorted, Math.min(classes, new Set(sorted).size));
      inner = groups.slice(1).map((g) => g[0]!);
      break;
    }
    case 'manual': inner = manual.filter((b) => Number.isFinite(b) && b > min && b < max); break;
  }
  // inner limits are unique and above the minimum; one equal to the maximum keeps a class for the maximum alone
  const unique = [...new Set(inner)].filter((b) => b > min && b <= max).sort((a, b) => a - b);
  return max === min ? [min, max] : [min, ...unique, max];
}

/** The class index of a value (0-based), or null when there is no value. */
export function classOf(value: number | null, limits: readonly number[]): number | null {
  if (value === null || limits.length < 2) return value === null ? null : 0;
  for (let i = limits.length - 2; i >= 0; i--) if (value >= limits[i]!) return i;
  return 0;
}

export interface ChoroplethClass { from: number; to: number; color: RGBA; count: number }
export interface Choropleth {
  column: string;
  source: string;                      // the imported file's name, for the legend
  limits: number[];
  classes: ChoroplethClass[];          // the legend: class limits, colour, how many cities
  colorOf: (cityId: string) => RGBA;   // a city's fill
  valueOf: (cityId: string) => number | null;
  duplicates: string[];                // cities with more than one row (the first row counts)
  // a bivariate map (bivariate.ts): the second variable, each city's cell [first, second] and the 3×3 legend square
  second?: SecondVariable;
  cellOf?: (cityId: string) => [number, number] | null;
  grid?: BivariateGrid;
}

/** Cities coloured by one numeric column of an imported layer keyed by city: values, classes, colours and legend. */
export function cityChoropleth(
  rows: readonly { city: string | null; properties: Record<string, unknown> }[],
  column: string, source: string, method: ClassMethod, k: number, manual: readonly number[] = [],
): Choropleth {
  const values = new Map<string, number | null>();
  const duplicates: string[] = [];
  for (const r of rows) {
    if (!r.city) continue;
    if (values.has(r.city)) { if (!duplicates.includes(r.city)) duplicates.push(r.city); continue; }
    values.set(r.city, asNumber(r.properties[column]));
  }
  const present = [...values.values()].filter((v): v is number => v !== null);
  const limits = classBreaks(present, method, k, manual);
  const n = Math.max(1, limits.length - 1);
  const ramp = SEQUENTIAL[Math.max(MIN_CLASSES, n)]!.slice(-n); // 1–2 classes take the darker end of the 3-class ramp
  const classes = Array.from({ length: n }, (_, i): ChoroplethClass => ({ from: limits[i] ?? 0, to: limits[i + 1] ?? limits[i] ?? 0, color: ramp[i]!, count: 0 }));
  for (const v of present) classes[classOf(v, limits)!]!.count++;
  const valueOf = (id: string) => values.get(id) ?? null;
  return {
    column, source, limits, classes, valueOf, duplicates,
    colorOf: (id) => { const c = classOf(valueOf(id), limits); return c === null ? NO_VALUE : ramp[c]!; },
  };
}

const fmt = (n: number) => (Math.abs(n) >= 1000 ? Math.round(n).toLocaleString('en') : String(Number(n.toPrecision(4))));

/** The legend section of an indicator: column and file name as the title, one entry per class with its limits. */
export function choroplethLegend(c: Choropleth): LegendSection {
  return {
    title: { zh: `${c.column}（${c.source}）`, en: `${c.column} (${c.source})` },
    entries: [
      ...c.classes.map((k) => {
        const label = k.from === k.to ? fmt(k.from) : `${fmt(k.from)} – ${fmt(k.to)}`;
        return { swatch: k.color, shape: 'fill' as const, label: { zh: label, en: label }, count: k.count };
      }),
      { swatch: NO_VALUE, shape: 'fill' as const, label: { zh: '无数据', en: 'no value' }, count: null },
    ],
  };
}
