// The analyst's indicator choice as the URL carries it (the file it reads is not in the URL: it is imported).
// Plain types and small parsers, no libraries: the page's first script parses the URL with them.

/** How a numeric column is cut into classes (`jenks` = natural breaks, computed with ckmeans). */
export const CLASS_METHODS = ['quantile', 'equal', 'jenks', 'manual'] as const;
export type ClassMethod = (typeof CLASS_METHODS)[number];
export const MIN_CLASSES = 3;
export const MAX_CLASSES = 7;
export const DEFAULT_CLASSES = 5;
/** The most characters of a column name the URL keeps (names come from the analyst's file). */
export const COLUMN_MAX = 100;
/** The second variable of a bivariate map that is not an imported column: the cities' ★★★ (core) count in the plan. */
export const CORE_COUNT = 'core_count';

/** Which numeric column colours the cities, how it is classed, and an optional second variable (bivariate 3×3). */
export interface IndicatorChoice {
  column: string | null;   // the imported file's column; null = no indicator
  method: ClassMethod;
  classes: number;         // 3–7 (quantile, equal, jenks)
  breaks: number[];        // manual inner class limits, ascending, at most MAX_CLASSES - 1
  second: string | null;   // bivariate: a second imported column, or CORE_COUNT; terciles each
}

export const DEFAULT_INDICATOR: IndicatorChoice = Object.freeze({ column: null, method: 'quantile', classes: DEFAULT_CLASSES, breaks: [], second: null }) as IndicatorChoice;

/** What the indicator parameters accept, for warnings and README. */
export const INDICATOR_ALLOWED = {
  indicator: [`a numeric column of the imported file (at most ${COLUMN_MAX} characters)`],
  classing: [...CLASS_METHODS, 'ckmeans'],
  classes: ['3', '4', '5', '6', '7'],
  breaks: [`ascending numbers separated by commas (at most ${MAX_CLASSES - 1}), with classing=manual`],
  indicator2: [CORE_COUNT, 'another numeric column of the imported file'],
} as const;

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** A column name as the URL keeps it: controls removed, trimmed, at most COLUMN_MAX characters; null when empty or too long. */
export function columnName(value: string): string | null {
  const clean = value.replace(CONTROL, '').trim();
  return clean && [...clean].length <= COLUMN_MAX ? clean : null;
}

/** A classing method from the URL (`ckmeans` is another name for `jenks`), or null. */
export function classMethod(value: string): ClassMethod | null {
  const v = value.trim().toLowerCase();
  if (v === 'ckmeans') return 'jenks';
  return (CLASS_METHODS as readonly string[]).includes(v) ? (v as ClassMethod) : null;
}

/** A class count 3–7 from the URL, or null. */
export function classCount(value: string): number | null {
  const v = value.trim();
  return /^[3-7]$/.test(v) ? Number(v) : null;
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Manual breaks from the URL: the numbers kept (sorted, unique, at most MAX_CLASSES - 1) and the items dropped. */
export function manualBreaks(value: string): { breaks: number[]; dropped: string[] } {
  const kept = new Set<number>();
  const dropped: string[] = [];
  for (const raw of value.split(',')) {
    const item = raw.trim();
    if (!item) continue;
    const n = Number(item) + 0;
    if (NUMBER.test(item) && Number.isFinite(n) && (kept.has(n) || kept.size < MAX_CLASSES - 1)) kept.add(n);
    else dropped.push(item);
  }
  return { breaks: [...kept].sort((a, b) => a - b), dropped };
}

/** The indicator's parameters, canonically: each one when it differs from its default. */
export function indicatorParams(choice: IndicatorChoice): [string, string][] {
  const out: [string, string][] = [];
  if (choice.column) out.push(['indicator', choice.column]);
  if (choice.method !== DEFAULT_INDICATOR.method) out.push(['classing', choice.method]);
  if (choice.classes !== DEFAULT_INDICATOR.classes) out.push(['classes', String(choice.classes)]);
  if (choice.breaks.length) out.push(['breaks', choice.breaks.join(',')]);
  if (choice.second) out.push(['indicator2', choice.second]);
  return out;
}

/** True when two choices draw the same map. */
export const sameIndicator = (a: IndicatorChoice, b: IndicatorChoice): boolean =>
  a.column === b.column && a.method === b.method && a.classes === b.classes && a.second === b.second
  && a.breaks.length === b.breaks.length && a.breaks.every((x, i) => x === b.breaks[i]);
