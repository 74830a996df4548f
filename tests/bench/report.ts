/** Plain-text tables for the terminal: left-aligned text, right-aligned numbers. */
export function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const numeric = head.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number' || /^([\d.,\s–-]+|null)$/.test(String(r[i]))));
  const line = (r: string[]) => r.map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** A ceiling (`max`) or a floor (`min`) for one measurement. */
export type Budget = ({ max: number; min?: undefined } | { min: number; max?: undefined }) & { unit: string };

/** PASS / FAIL against a ceiling or a floor; n/a when nothing was measured. */
export function verdict(value: number | null, budget: Budget | null): string {
  if (!budget) return '';
  if (value === null || !Number.isFinite(value)) return 'n/a';
  return (budget.max !== undefined ? value <= budget.max : value >= budget.min) ? 'PASS' : 'FAIL';
}

/** The budget as the report prints it: "≤ 50" or "≥ 0.8". */
export const budgetText = (budget: Budget | null) => (!budget ? '' : budget.max !== undefined ? `≤ ${budget.max}` : `≥ ${budget.min}`);

export const kb = (bytes: number) => bytes / 1000;
