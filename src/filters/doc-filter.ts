import { DOC_IDS, type DocId, type Model } from '../model/index.ts';
import type { FilterState } from './state.ts';

const cache = new WeakMap<Model, Map<string, Uint8Array>>();

/**
 * 1 for each project (in model order) that one of the chosen documents names, or null when no
 * document is chosen (every project passes). Cached per model and choice.
 */
export function docProjectMask(model: Model, docs: readonly DocId[]): Uint8Array | null {
  if (!docs.length) return null;
  let byKey = cache.get(model);
  if (!byKey) cache.set(model, (byKey = new Map()));
  const key = docs.join(',');
  let mask = byKey.get(key);
  if (!mask) byKey.set(key, (mask = Uint8Array.from(model.projects, (p) => (p.sources.some((s) => docs.includes(s.doc)) ? 1 : 0))));
  return mask;
}

/** Whether a record with these sources passes the document filter. */
export const namedBy = (sources: readonly { doc: DocId }[], docs: readonly DocId[]) =>
  !docs.length || sources.some((s) => docs.includes(s.doc));

/**
 * For each document, how many of the projects and corridors the other filters leave it names
 * (the counts beside the document checkboxes); `projectMask` is the mask without the doc filter.
 */
export function docCounts(model: Model, state: Pick<FilterState, 'doc'>, projectMask: Uint8Array, corridorIds: ReadonlySet<string>):
  Record<DocId, { projects: number; corridors: number }> {
  void state;
  const counts = Object.fromEntries(DOC_IDS.map((d) => [d, { projects: 0, corridors: 0 }])) as Record<DocId, { projects: number; corridors: number }>;
  model.projects.forEach((p, i) => {
    if (!projectMask[i]) return;
    for (const d of new Set(p.sources.map((s) => s.doc))) counts[d].projects++;
  });
  for (const c of model.corridors) {
    if (!corridorIds.has(c.id)) continue;
    for (const d of new Set(c.sources.map((s) => s.doc))) counts[d].corridors++;
  }
  return counts;
}
