import { docProjectMask } from './doc-filter.ts';
import { CLUSTER_IDS, PROJECT_KINDS, type Model } from '../model/index.ts';
import type { FilterState } from './state.ts';
import { foldNames, matchesWords, projectNames, queryWords } from './text-match.ts';

/**
 * The projects as flat arrays, built once per model (the model never changes after load),
 * so that filtering 100k projects is a loop over typed arrays rather than over objects.
 */
export interface ProjectIndex {
  ids: string[];
  cityStart: Uint32Array;  // project i's cities are cityOf[cityStart[i]] … cityOf[cityStart[i + 1] - 1]
  cityOf: Int16Array;      // index into model.cities, -1 for a city the model does not hold
  kind: Uint8Array;        // index into PROJECT_KINDS
  clusters: Uint32Array;   // bit c set = the project names CLUSTER_IDS[c]
  firstCity: Int32Array;   // index into firstCities of project i's first city
  firstCities: string[];   // the distinct first cities, in order of first appearance
  text: string[] | null;   // projectNames folded and joined (text-match.ts); built on the first search
  all: Set<string> | null; // every id, shared by all results that show every project
}

if (CLUSTER_IDS.length > 32) throw new Error('project index: cluster bits need more than 32 bits');

const indexes = new WeakMap<Model, ProjectIndex>();

/** The model's project index, built on first use. */
function projectIndex(model: Model): ProjectIndex {
  let index = indexes.get(model);
  if (index) return index;
  const { projects, cities } = model;
  const cityPos = new Map(cities.map((c, i) => [c.id as string, i]));
  const cityStart = new Uint32Array(projects.length + 1);
  let links = 0;
  for (let i = 0; i < projects.length; i++) {
    cityStart[i] = links;
    links += projects[i]!.cities.length;
  }
  cityStart[projects.length] = links;
  const cityOf = new Int16Array(links);
  const kind = new Uint8Array(projects.length);
  const clusters = new Uint32Array(projects.length);
  projects.forEach((p, i) => {
    p.cities.forEach((c, j) => { cityOf[cityStart[i]! + j] = cityPos.get(c) ?? -1; });
    kind[i] = PROJECT_KINDS.indexOf(p.kind) & 255; // 255: unknown, so no kind filter keeps it
    for (const c of p.clusters) clusters[i]! |= clusterBit(c);
  });
  const firstPos = new Map<string, number>();
  const firstCity = Int32Array.from(projects, (p) => {
    const c = p.cities[0]!;
    if (!firstPos.has(c)) firstPos.set(c, firstPos.size);
    return firstPos.get(c)!;
  });
  index = {
    ids: projects.map((p) => p.id), cityStart, cityOf, kind, clusters, firstCity, firstCities: [...firstPos.keys()], text: null, all: null,
  };
  indexes.set(model, index);
  return index;
}

/** The bit of one cluster in `ProjectIndex.clusters` (0 for an unknown id, which no project names). */
const clusterBit = (id: string) => {
  const c = (CLUSTER_IDS as readonly string[]).indexOf(id);
  return c < 0 ? 0 : (1 << c) >>> 0;
};

function searchText(model: Model, index: ProjectIndex): string[] {
  index.text ??= model.projects.map((p) => foldNames(projectNames(model, p)));
  return index.text;
}

/**
 * Marks the projects that pass the kind, cluster and text filters and lie in a city of
 * `cityVisible` (indexed like model.cities); a project's text holds its cities' names too.
 * Returns the mask (1 = visible) and how many are set.
 */
export function projectMask(model: Model, state: FilterState, cityVisible: Uint8Array): { mask: Uint8Array; count: number } {
  const index = projectIndex(model);
  const { cityStart, cityOf, kind, clusters } = index;
  const n = index.ids.length;
  const kindOk = new Uint8Array(256).fill(state.kind.length ? 0 : 1);
  for (const k of state.kind) {
    const at = (PROJECT_KINDS as readonly string[]).indexOf(k);
    if (at >= 0) kindOk[at] = 1;
  }
  const bit = state.cluster ? clusterBit(state.cluster) : 0;
  const words = state.q ? queryWords(state.q) : [];
  const text = words.length ? searchText(model, index) : null;
  const mask = new Uint8Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (!kindOk[kind[i]!]) continue;
    if (state.cluster && !(clusters[i]! & bit)) continue;
    let inCity = 0;
    for (let j = cityStart[i]!, end = cityStart[i + 1]!; j < end; j++) {
      const c = cityOf[j]!;
      if (c >= 0) inCity |= cityVisible[c]!; // a city the model does not hold is never visible
    }
    if (!inCity) continue;
    if (text && !matchesWords(text[i]!, words)) continue;
    mask[i] = 1;
    count++;
  }
  return { mask, count };
}

/** The ids a mask marks, in model order; the one all-ids Set when every project is marked. */
export function idsOf(model: Model, mask: Uint8Array, count: number): Set<string> {
  const index = projectIndex(model);
  const { ids } = index;
  if (count === ids.length) return (index.all ??= new Set(ids));
  const set = new Set<string>();
  for (let i = 0; i < ids.length; i++) if (mask[i]) set.add(ids[i]!);
  return set;
}

/** How many projects of each kind pass every filter but the kind filter (and `bySpace`, the spatial selection's mask, if given), indexed like PROJECT_KINDS. */
export function kindTally(model: Model, state: FilterState, cityVisible: Uint8Array, bySpace: Uint8Array | null = null): number[] {
  const { mask } = projectMask(model, { ...state, kind: [] }, cityVisible);
  const { kind } = projectIndex(model);
  const byDoc = docProjectMask(model, state.doc ?? []); // the document filter applies to the counts too
  const tally = PROJECT_KINDS.map(() => 0);
  for (let i = 0; i < mask.length; i++) if (mask[i] && (!byDoc || byDoc[i]) && (!bySpace || bySpace[i]) && kind[i]! < tally.length) tally[kind[i]!]!++;
  return tally;
}

/** The marked projects counted by the first city each names, in order of first appearance. */
export function firstCityTally(model: Model, mask: Uint8Array): Map<string, number> {
  const { firstCity, firstCities } = projectIndex(model);
  const counts = new Int32Array(firstCities.length);
  const order: number[] = [];
  for (let i = 0; i < mask.length; i++) {
    if (!mask[i]) continue;
    const c = firstCity[i]!;
    if (counts[c] === 0) order.push(c);
    counts[c] = counts[c]! + 1;
  }
  return new Map(order.map((c) => [firstCities[c]!, counts[c]!]));
}
