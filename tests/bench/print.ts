// Print speed: one A3 page of the default view (pdf_ms_a3) and the 21-page city atlas (atlas_ms_cities), as the CLI writes them.
import { readBasemap, readFontFiles, readHarfbuzzWasm } from '../../src/cli/print-files.ts';
import { exportPrint } from '../../src/export/print.ts';
import { applyFilters } from '../../src/filters/apply.ts';
import { DEFAULT_FILTERS, DEFAULT_SHOW } from '../../src/filters/state.ts';
import type { Features, Model } from '../../src/model/index.ts';
import { DEFAULT_FRAME } from '../../src/print/commands.ts';
import { median } from './stats.ts';

export const PRINT_BUDGETS = {
  pdf_ms_a3: { max: 1500, unit: 'ms' },
  atlas_ms_cities: { max: 10_000, unit: 'ms' },
} as const;

/** Median times in ms (after one warm-up run that parses the fonts and starts the wasm, reported as `first`). */
export async function printBench(model: Model, features: Features, runs: number) {
  const input = { model, features, visible: applyFilters(model, DEFAULT_FILTERS), state: { ...DEFAULT_FILTERS, ...DEFAULT_SHOW }, basemap: readBasemap() };
  const assets = { fonts: readFontFiles(), harfbuzz: readHarfbuzzWasm() };
  const time = async (atlas: 'cities' | null, paper: 'A3' | 'A4') => {
    const ms: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const t = performance.now();
      await exportPrint(input, { ...DEFAULT_FRAME, paper }, atlas, 'pdf', assets);
      ms.push(performance.now() - t);
    }
    return { first: ms[0]!, median: median(ms.slice(1)) };
  };
  const a3 = await time(null, 'A3');
  const atlas = await time('cities', 'A4');
  return { a3, atlas };
}
