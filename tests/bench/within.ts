import { applyFilters } from '../../src/filters/apply.ts';
import { normaliseWithin, type LonLat } from '../../src/filters/spatial.ts';
import type { UrlState } from '../../src/filters/state.ts';
import { buildDeckLayers } from '../../src/layers/index.ts';
import { styleLayers } from '../../src/layers/map-style.ts';
import type { Features, Model } from '../../src/model/index.ts';
import { filterStates } from './compute.ts';
import { median, quantile, rng } from './stats.ts';

// filter_p95_ms_100k_within: the filter bench's work (applyFilters + the style and deck.gl layers) with a
// drawn area in every state: a 200-vertex concave polygon somewhere over the province (a new one each
// run, so nothing is cached), a quarter of them inverted ("outside").

export const WITHIN_BUDGETS = { filter_p95_ms_100k_within: { max: 50, unit: 'ms' } } as const;

/** A 200-vertex star-shaped (concave) polygon around a random centre in Guangdong. */
function drawnArea(random: () => number): LonLat[][][] {
  const [cx, cy] = [110.5 + random() * 6, 21.5 + random() * 3];
  const radius = 0.3 + random() * 1.2;
  const ring = Array.from({ length: 200 }, (_, i): LonLat => {
    const a = (i / 200) * 2 * Math.PI;
    const d = radius * (0.5 + 0.5 * random());
    return [cx + d * Math.cos(a), cy + d * Math.sin(a)];
  });
  return normaliseWithin([[ring]]).polygons;
}

export interface WithinResult { runs: number; p50: number; p95: number; max: number; visibleMedian: number }

export function withinBench(model: Model, features: Features, runs: number, seed = 1): WithinResult {
  const random = rng(seed + 7);
  const states = (count: number, s: number): UrlState[] => filterStates(model, count, s).map(({ filters, show }) => ({
    filters: { ...filters, within: { polygons: drawnArea(random), outside: random() < 0.25 } },
    show,
  }));
  const visibleCounts: number[] = [];
  const once = ({ filters, show }: UrlState) => {
    const t0 = performance.now();
    const visible = applyFilters(model, filters, features);
    const input = { features, visible, show, model, hoverProject: null };
    const layers = [...styleLayers(input), ...buildDeckLayers(input)];
    const ms = performance.now() - t0;
    if (layers.length === 0) throw new Error('no layers built');
    visibleCounts.push(visible.counts.projects[0]);
    return ms;
  };
  for (const state of states(Math.min(20, runs), seed + 2)) once(state); // warm-up, not counted
  visibleCounts.length = 0;
  const samples = states(runs, seed).map(once);
  return { runs, p50: median(samples), p95: quantile(samples, 0.95), max: Math.max(...samples), visibleMedian: median(visibleCounts) };
}
