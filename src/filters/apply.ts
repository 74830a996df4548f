import type { Adcode, City, Features, MetroId, Model, ZoneId } from '../model/index.ts';
import { rankOf } from '../model/index.ts';
import { corridorIds } from './corridor-filter.ts';
import { docProjectMask } from './doc-filter.ts';
import { firstCityTally, fold, idsOf, projectMask } from './project-index.ts';
import { toQuery } from './query.ts';
import type { FilterState } from './state.ts';

/** What the filters leave visible: ids (never copies) and counts, plus the canonical key. */
export interface Visible {
  cityIds: Set<Adcode>;
  zoneIds: Set<ZoneId>;
  metroIds: Set<MetroId>;
  projectIds: Set<string>;
  corridorIds: Set<string>; // corridors the cluster and zone filters leave (corridor-filter.ts)
  counts: { cities: [number, number]; projects: [number, number]; corridors: [number, number] };
  key: string; // toQuery(state): equal keys mean equal visible sets
}

/** Whether a city passes the zone, metro, rank and text filters. */
export function cityPasses(model: Model, city: City, state: FilterState): boolean {
  if (state.zone.length && !state.zone.includes(city.zone)) return false;
  if (state.metro.length && !city.metro.some((m) => state.metro.includes(m.id))) return false;
  if (state.rank.length) {
    const clusters = state.cluster ? [state.cluster] : model.clusters.map((c) => c.id);
    const ranked = clusters.some((c) => {
      const rank = rankOf(model, city.id, c);
      return rank !== null && state.rank.includes(rank);
    });
    if (!ranked) return false;
  }
  if (state.q) {
    const q = fold(state.q);
    if (![city.name_zh, city.short_zh, city.name_en, city.pinyin].some((n) => fold(n).includes(q))) return false;
  }
  return true;
}

/**
 * The cities of model.cities (as a 0/1 mask in their order) among which projects are looked for:
 * text search narrows cities by name, but projects match by their own names instead.
 */
export function projectCities(model: Model, state: FilterState): Uint8Array {
  const unsearched = state.q ? { ...state, q: '' } : state;
  return Uint8Array.from(model.cities, (c) => (cityPasses(model, c, unsearched) ? 1 : 0));
}

/** What one filter key decides; the project ids become a Set only when someone reads them. */
interface Result {
  cityIds: Set<Adcode>;
  zoneIds: Set<ZoneId>;
  metroIds: Set<MetroId>;
  projectMask: Uint8Array; // 1 = visible, indexed like model.projects
  projectIds: Set<string> | null;
  corridorIds: Set<string>;
  byFirstCity: ReadonlyMap<Adcode, number> | null;
  counts: Visible['counts'];
}

/** The fields that decide the visible sets; selection, view, language, layers and mode do not. */
const filterKey = (s: FilterState) => JSON.stringify([s.cluster, s.rank, s.zone, s.metro, s.kind, s.q, s.doc]);

// The last result per model: panning, selecting or switching language reuses its sets.
const last = new WeakMap<Model, { filterKey: string; result: Result }>();

/** The one filter engine: the map, the table, the legend, the export and the CLI all call it. */
export function applyFilters(model: Model, state: FilterState): Visible {
  const fk = filterKey(state);
  let cached = last.get(model);
  if (cached?.filterKey !== fk) {
    cached = { filterKey: fk, result: filter(model, state) };
    last.set(model, cached);
  }
  const result = cached.result;
  const visible: Visible = {
    cityIds: result.cityIds,
    zoneIds: result.zoneIds,
    metroIds: result.metroIds,
    corridorIds: result.corridorIds,
    // an own enumerable getter, so spreading or cloning a Visible still copies the ids
    get projectIds() {
      return (result.projectIds ??= idsOf(model, result.projectMask, result.counts.projects[0]));
    },
    counts: result.counts,
    key: toQuery(state),
  };
  made.set(visible, { model, result });
  return visible;
}

// Which model and result each Visible came from, for the helpers below that read the mask.
const made = new WeakMap<Visible, { model: Model; result: Result }>();
const sameOrder = new WeakMap<Features, Model>();

/** Whether features.projects is model.projects joined, in the same order (so a mask indexes both). */
function joinedFrom(features: Features, model: Model): boolean {
  if (sameOrder.get(features) === model) return true;
  const list = features.projects.features;
  const same = list.length === model.projects.length && list.every((f, i) => f.id === model.projects[i]!.id);
  if (same) sameOrder.set(features, model);
  return same;
}

/** The visible projects as a 0/1 mask indexed like model.projects, when `visible` came from applyFilters on this model; otherwise null. */
export function modelProjectMask(model: Model, visible: Visible): Uint8Array | null {
  const known = made.get(visible);
  return known?.model === model ? known.result.projectMask : null;
}

/**
 * The visible projects as a 0/1 mask indexed like features.projects.features, when `visible` came
 * from applyFilters on the model these features were joined from; otherwise null (use projectIds).
 */
export function projectMaskOf(features: Features, visible: Visible): Uint8Array | null {
  const known = made.get(visible);
  return known && joinedFrom(features, known.model) ? known.result.projectMask : null;
}

/**
 * Visible projects counted by the first city each names, in order of first appearance; the same
 * as looping over features.projects with visible.projectIds, without building that Set.
 */
export function projectsPerFirstCity(features: Features, visible: Visible): ReadonlyMap<Adcode, number> {
  const known = made.get(visible);
  if (known && projectMaskOf(features, visible)) {
    return (known.result.byFirstCity ??= firstCityTally(known.model, known.result.projectMask) as Map<Adcode, number>);
  }
  const counts = new Map<Adcode, number>();
  for (const f of features.projects.features) {
    if (!visible.projectIds.has(f.id)) continue;
    const city = f.properties.cities.split(',')[0] as Adcode;
    counts.set(city, (counts.get(city) ?? 0) + 1);
  }
  return counts;
}

function filter(model: Model, state: FilterState): Result {
  const cityIds = new Set(model.cities.filter((c) => cityPasses(model, c, state)).map((c) => c.id));
  const { mask, count: all } = projectMask(model, state, projectCities(model, state));
  let count = all;
  const byDoc = docProjectMask(model, state.doc);
  if (byDoc) { // which document says so: keep the projects a chosen document names
    count = 0;
    for (let i = 0; i < mask.length; i++) count += (mask[i]! &= byDoc[i]!);
  }
  const zoneIds = new Set(model.zones.map((z) => z.id).filter((id) => !state.zone.length || state.zone.includes(id)));
  const metroIds = new Set(model.metros.map((m) => m.id).filter((id) => !state.metro.length || state.metro.includes(id)));
  const corridors = corridorIds(model, state);
  return {
    cityIds, zoneIds, metroIds, projectMask: mask, projectIds: null, corridorIds: corridors, byFirstCity: null,
    counts: {
      cities: [cityIds.size, model.cities.length], projects: [count, model.projects.length],
      corridors: [corridors.size, model.corridors.length],
    },
  };
}
