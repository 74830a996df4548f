// The one-file app (dist/guangdong-map.html, build/single-file.ts) in `npm run bench`: its size, and its
// cold load from file:// against the served build's, timed in the same loop as the served loads.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { OFFLINE_FILE_NAME } from '../../src/export/offline-html.ts';
import type { Load } from './browser.ts';
import { ROOT } from './build.ts';
import type { Budget } from './report.ts';
import { median, round } from './stats.ts';

export const SINGLE_FILE_BUDGETS: Record<string, Budget> = {
  single_file_mb: { max: 5, unit: 'MB' },
  single_file_load_ratio: { max: 1.3, unit: '×' },
};

export interface SingleFile { url: string; bytes: number; ms: number }

/** Builds the one-file app next to the served build's index.html, as `npm run build` does. */
export async function buildSingleFile(outDir: string): Promise<SingleFile> {
  const t0 = performance.now();
  await build({ root: ROOT, mode: 'single-file', logLevel: 'warn', build: { outDir } });
  const file = join(outDir, OFFLINE_FILE_NAME);
  return { url: pathToFileURL(file).href, bytes: statSync(file).size, ms: performance.now() - t0 };
}

/** `single_file_mb` (raw, MB = 10⁶ bytes) and `single_file_load_ratio` (file:// load / the served build's load_ms). */
export function singleFileResults(single: SingleFile, loads: Load[], servedLoadMs: number) {
  const ms = median(loads.map((l) => l.ms));
  return {
    single_file_mb: round(single.bytes / 1e6, 2),
    single_file_load_ms: round(ms, 0),
    single_file_load_ratio: round(ms / servedLoadMs, 2),
  };
}

/** What the report's table says about how the two were measured. */
export const singleFileNotes = (single: SingleFile, loads: Load[]) => ({
  single_file_mb: `${OFFLINE_FILE_NAME}, raw bytes; built in ${(single.ms / 1000).toFixed(1)} s`,
  single_file_load_ratio: `median of ${loads.length} cold loads from file:// [${loads.map((l) => l.ms.toFixed(0)).join(', ')}] / load_ms`,
});
