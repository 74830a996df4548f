import type { LegendEntry, LegendSection } from './legend.ts';
import { classBreaks, classOf, NO_VALUE, type Choropleth } from './choropleth.ts';
import type { RGBA } from './palette.ts';

/**
 * Joshua Stevens' 3×3 bivariate scheme ("Bivariate Choropleth Maps: A How-to Guide", 2015), grey to teal for
 * the first variable and grey to pink for the second, both high = deep blue: the two hues stay apart for the
 * common colour-vision deficiencies. Indexed [second][first], 0 = the lowest tercile.
 */
export const BIVARIATE: RGBA[][] = [
  [[232, 232, 232, 255], [172, 228, 228, 255], [90, 200, 200, 255]],
  [[223, 176, 214, 255], [165, 173, 211, 255], [86, 152, 185, 255]],
  [[190, 100, 172, 255], [140, 98, 170, 255], [59, 73, 148, 255]],
];

type Label = { zh: string; en: string };
/** The 3×3 legend square: colours and city counts [second][first], and what each axis is. */
export interface BivariateGrid { colors: RGBA[][]; counts: number[][]; x: Label; y: Label; xLimits: number[]; yLimits: number[] }

/** The second variable: a name for the legend and each city's value. */
export interface SecondVariable { column: string; label: Label; valueOf: (cityId: string) => number | null }

/** Terciles: the limits of three classes of about equally many values (fewer when values tie). */
export const terciles = (values: readonly number[]): number[] => classBreaks(values, 'quantile', 3);

/** Which of the three cells a class falls in when ties left fewer than three classes (two: low and high; one: middle). */
export function tercileCell(index: number | null, limits: readonly number[]): number | null {
  if (index === null) return null;
  const n = Math.max(1, limits.length - 1);
  return n === 1 ? 1 : Math.round((index * 2) / (n - 1));
}

/** A city's cell [first, second] in the 3×3 square, or null when either value is missing. */
export function bivariateCell(x: number | null, y: number | null, xLimits: readonly number[], yLimits: readonly number[]): [number, number] | null {
  const i = tercileCell(x === null ? null : classOf(x, xLimits), xLimits);
  const j = tercileCell(y === null ? null : classOf(y, yLimits), yLimits);
  return i === null || j === null ? null : [i, j];
}

/**
 * A bivariate map: the first variable's choropleth (classed in terciles) crossed with a second variable's
 * terciles. It is a Choropleth (it colours the cities, its legend heads the legend) with a `grid`.
 */
export function bivariateChoropleth(first: Choropleth, second: SecondVariable, cityIds: readonly string[]): Choropleth {
  const xLimits = terciles(cityIds.map(first.valueOf).filter((v): v is number => v !== null));
  const yLimits = terciles(cityIds.map(second.valueOf).filter((v): v is number => v !== null));
  const cellOf = (id: string) => bivariateCell(first.valueOf(id), second.valueOf(id), xLimits, yLimits);
  const counts = [0, 1, 2].map(() => [0, 0, 0]);
  for (const id of cityIds) { const c = cellOf(id); if (c) counts[c[1]]![c[0]]!++; }
  return {
    ...first,
    limits: xLimits,
    colorOf: (id) => { const c = cellOf(id); return c ? BIVARIATE[c[1]]![c[0]]! : NO_VALUE; },
    second,
    cellOf,
    grid: { colors: BIVARIATE, counts, x: { zh: first.column, en: first.column }, y: second.label, xLimits, yLimits },
  };
}

const LEVEL: Label[] = [{ zh: '低', en: 'low' }, { zh: '中', en: 'mid' }, { zh: '高', en: 'high' }];
const fmt = (n: number) => (Math.abs(n) >= 1000 ? Math.round(n).toLocaleString('en') : String(Number(n.toPrecision(4))));
const range = (limits: readonly number[]) => limits.slice(0, -1).map((from, i) => `${fmt(from)}–${fmt(limits[i + 1]!)}`).join(' | ');

/** The bivariate legend: the title, the 3×3 square (grid), and the nine cells as rows for outputs that list them. */
export function bivariateLegend(c: Choropleth & { grid: BivariateGrid }): LegendSection {
  const { grid } = c;
  const entries: LegendEntry[] = [];
  for (let j = 2; j >= 0; j--) {
    for (let i = 0; i < 3; i++) {
      const label = (lang: 'zh' | 'en') => `${grid.x[lang]} ${LEVEL[i]![lang]} · ${grid.y[lang]} ${LEVEL[j]![lang]}`;
      entries.push({ swatch: grid.colors[j]![i]!, shape: 'fill', label: { zh: label('zh'), en: label('en') }, count: grid.counts[j]![i]! });
    }
  }
  entries.push({ swatch: NO_VALUE, shape: 'fill', label: { zh: '无数据', en: 'no value' }, count: null });
  return {
    title: { zh: `${grid.x.zh} × ${grid.y.zh}（${c.source}；各三分位）`, en: `${grid.x.en} × ${grid.y.en} (${c.source}; terciles)` },
    entries,
    grid: { ...grid, x: { zh: `${grid.x.zh}：${range(grid.xLimits)}`, en: `${grid.x.en}: ${range(grid.xLimits)}` }, y: { zh: `${grid.y.zh}：${range(grid.yLimits)}`, en: `${grid.y.en}: ${range(grid.yLimits)}` } },
  };
}
