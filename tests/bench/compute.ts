import { applyFilters } from '../../src/filters/apply.ts';
import { DEFAULT_FILTERS, DEFAULT_SHOW, LAYER_IDS, type UrlState } from '../../src/filters/state.ts';
import { toGeoJSONBytes } from '../../src/export/geojson.ts';
import { buildDeckLayers, type LayerInput } from '../../src/layers/index.ts';
import { styleLayers } from '../../src/layers/map-style.ts';
import { cityOutlines, outlineCollection } from '../../src/layers/selection.ts';
import {
  ADCODES, CLUSTER_IDS, METRO_IDS, PROJECT_KINDS, RANKS, ZONE_IDS, type Adcode, type Features, type Model,
} from '../../src/model/index.ts';
import { median, pick, quantile, rng, subset } from './stats.ts';

/** `count` varied, valid URL states (the kinds of clicks a user makes), always the same for a seed. */
export function filterStates(model: Model, count: number, seed: number): UrlState[] {
  const random = rng(seed);
  const words = [
    ...model.cities.flatMap((c) => [c.short_zh, c.name_en.slice(0, 4), c.pinyin]),
    ...model.projects.slice(0, 30).map((p) => p.name_zh.slice(0, 2)),
    '合成', 'project 1', 'zz-no-match',
  ];
  return Array.from({ length: count }, (): UrlState => {
    const layers = subset(random, LAYER_IDS, 0.6);
    const filters = {
      ...DEFAULT_FILTERS, // fields added to FilterState later keep their defaults
      cluster: random() < 0.6 ? pick(random, CLUSTER_IDS) : null,
      rank: subset(random, RANKS, 0.3).sort(),
      zone: random() < 0.3 ? subset(random, ZONE_IDS, 0.5).sort() : [],
      metro: random() < 0.2 ? subset(random, METRO_IDS, 0.4).sort() : [],
      kind: random() < 0.3 ? subset(random, PROJECT_KINDS, 0.4).sort() : [],
      q: random() < 0.2 ? pick(random, words) : '',
    };
    const show = {
      ...DEFAULT_SHOW,
      layers: (layers.length ? layers : ['cities' as const]).sort(),
      city: random() < 0.3 ? pick(random, ADCODES) : null,
      lang: random() < 0.5 ? 'zh' as const : 'en' as const,
    };
    return { filters, show };
  });
}

export interface FilterResult {
  runs: number; p50: number; p95: number; max: number;
  p95WithIds: number; // p95 when visible.projectIds is also read (built on first read, as the page's accessors do)
}

/**
 * Times applyFilters + the style and deck.gl layers, the work the app redoes on every filter change,
 * over varied states. A short warm-up (not counted) lets the JIT settle, as it has in a page in use.
 * The layer functions make descriptors; MapLibre's and deck.gl's own updates happen in the page.
 */
export function filterBench(model: Model, features: Features, runs: number, seed = 1): FilterResult {
  const withIds: number[] = [];
  const once = ({ filters, show }: UrlState, hover: Pick<LayerInput, 'hoverProject'> & { hover: Adcode | null }) => {
    const t0 = performance.now();
    const visible = applyFilters(model, filters);
    const input = { features, visible, show, model, hoverProject: hover.hoverProject };
    const layers = [...styleLayers(input), ...buildDeckLayers(input), outlineCollection(features, cityOutlines(show.city, hover.hover))];
    const ms = performance.now() - t0;
    if (layers.length === 0) throw new Error('no layers built');
    const t1 = performance.now();
    if (visible.projectIds.size < 0) throw new Error('unreachable');
    withIds.push(ms + performance.now() - t1);
    return ms;
  };
  const random = rng(seed + 1);
  const hover = () => ({
    hover: random() < 0.3 ? pick(random, ADCODES) : null,
    hoverProject: random() < 0.2 && model.projects.length ? pick(random, model.projects).id : null,
  });
  for (const state of filterStates(model, Math.min(20, runs), seed + 2)) once(state, hover());
  withIds.length = 0;
  const samples = filterStates(model, runs, seed).map((state) => once(state, hover()));
  return { runs, p50: median(samples), p95: quantile(samples, 0.95), max: Math.max(...samples), p95WithIds: quantile(withIds, 0.95) };
}

export interface ExportResult { runs: number; median: number; first: number; count: number; mb: number }

/**
 * Times toGeoJSONBytes (the UTF-8 bytes the page downloads and the CLI writes) of every project the default filters leave visible (all of them), median of runs.
 * The first run also writes each feature's line once (later exports reuse them): `first`. The heap is
 * collected before each run (`npm run bench` starts Node with --expose-gc), so that a run does not also
 * pay for the 60 MB buffer the run before it left behind.
 */
export function exportBench(model: Model, features: Features, runs: number): ExportResult {
  const visible = applyFilters(model, DEFAULT_FILTERS);
  let bytes = 0;
  const samples: number[] = [];
  const collect = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < runs; i++) {
    collect?.();
    const t0 = performance.now();
    const out = toGeoJSONBytes(model, features, visible, 'projects'); // the bytes the page downloads and the CLI writes
    samples.push(performance.now() - t0);
    bytes = out.length;
  }
  return { runs, median: median(samples), first: samples[0]!, count: visible.projectIds.size, mb: bytes / 1e6 };
}
