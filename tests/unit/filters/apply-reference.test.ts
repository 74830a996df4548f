// applyFilters runs on per-model index arrays; this checks it against
// the plain, object-by-object reading of the filter rules on random and hand-picked states.
import { describe, expect, it } from 'vitest';
import { applyFilters, cityPasses } from '../../../src/filters/apply.ts';
import { optionCounts } from '../../../src/filters/option-counts.ts';
import { parseQuery } from '../../../src/filters/query.ts';
import { foldNames, matchesWords, projectNames, queryWords } from '../../../src/filters/text-match.ts';
import type { FilterState } from '../../../src/filters/state.ts';
import { PROJECT_KINDS, type Model, type Project } from '../../../src/model/index.ts';
import { features, model } from '../../load-repo.ts';
import { FUZZ_SEED, fuzzCorpus } from './fuzz-corpus.ts';

/** The project rule as the plan states it: a visible city, the chosen kinds, cluster and documents, the text in a name. */
function referenceProjects(m: Model, state: FilterState): string[] {
  const cities = new Set(m.cities.filter((c) => cityPasses(m, c, { ...state, q: '' })).map((c) => c.id as string));
  return m.projects.filter((p) => {
    if (!p.cities.some((c) => cities.has(c))) return false;
    if (state.kind.length && !state.kind.includes(p.kind)) return false;
    if (state.cluster && !p.clusters.includes(state.cluster)) return false;
    if (state.doc.length && !p.sources.some((s) => state.doc.includes(s.doc))) return false;
    if (!state.q) return true;
    return matchesWords(foldNames(projectNames(m, p)), queryWords(state.q));
  }).map((p) => p.id);
}

// The real projects plus variants that exercise the index: several cities, a site, other kinds and clusters.
const base = model.projects[0]!;
const variants: Project[] = model.projects.slice(0, 40).map((p, i) => ({
  ...p,
  id: `variant-${i}`,
  cities: i % 3 === 0 ? [...new Set([...p.cities, model.cities[(i * 7) % 21]!.id])] : p.cities,
  kind: PROJECT_KINDS[i % PROJECT_KINDS.length]!,
  clusters: i % 4 === 0 ? [] : [model.clusters[i % model.clusters.length]!.id],
  site: i % 2 ? `Site ${i} 园区` : null,
}));
const wide: Model = { ...model, projects: [...model.projects, ...variants, { ...base, id: 'variant-last' }] };

const states = [
  ...['', 'q=%E6%B7%B1%E5%9C%B3', 'q=shenzhen', 'q=SITE%201', 'q=%E5%9B%AD%E5%8C%BA', 'q=zz', 'kind=transport,energy',
    'cluster=electronics', 'cluster=electronics&rank=core&q=guang', 'zone=north&kind=other', 'metro=shenzhen&q=port', 'doc=gd-hq-opinions-2023', 'doc=gz-fyp&kind=transport']
    .map((q) => parseQuery(q).state.filters),
  ...fuzzCorpus(FUZZ_SEED, 3_000).filter((_, i) => i % 10 === 0).map((q) => parseQuery(q).state.filters),
];

describe('applyFilters against the plain reading of the rules', () => {
  it.each([['the real model', model], ['the model with project variants', wide]] as const)('gives the same project ids, in model order, for %s', (_, m) => {
    const wrong = states.filter((s) => {
      const visible = applyFilters(m, s);
      const ids = [...visible.projectIds];
      const expected = referenceProjects(m, s);
      return JSON.stringify(ids) !== JSON.stringify(expected) || visible.counts.projects[0] !== expected.length;
    });
    expect(wrong).toEqual([]);
  });

  it('counts each kind option as applyFilters with that kind alone would', () => {
    const wrong = states.slice(0, 60).filter((s) => {
      const counts = optionCounts(wide, s).kind;
      return PROJECT_KINDS.some((k) => counts[k] !== referenceProjects(wide, { ...s, kind: [k] }).length);
    });
    expect(wrong).toEqual([]);
  });

  it('gives equal filter keys for states that filter alike, whatever the view, selection or language', () => {
    const a = applyFilters(model, parseQuery('zone=prd&kind=transport').state.filters);
    const b = applyFilters(model, parseQuery('zone=prd&kind=transport&city=440100&lang=en&view=113,23,8').state.filters);
    expect([b.filterKey, b.cityIds, [...b.projectIds]]).toEqual([a.filterKey, a.cityIds, [...a.projectIds]]);
  });

  it('leaves an earlier result intact after other filters run', () => {
    const before = applyFilters(model, parseQuery('kind=transport').state.filters);
    applyFilters(model, parseQuery('kind=energy').state.filters);
    expect([...before.projectIds]).toEqual(referenceProjects(model, parseQuery('kind=transport').state.filters));
  });

  it('copies the mask, the project ids and the per-city tallies when a result is spread', () => {
    const visible = applyFilters(model, parseQuery('kind=water').state.filters);
    const copy = { ...visible };
    expect([copy.projectMask, copy.projectIds, copy.projectsPerFirstCity]).toEqual([visible.projectMask, visible.projectIds, visible.projectsPerFirstCity]);
  });

  it('counts visible projects by their first city as a loop over the features with projectIds would', () => {
    const wrong = states.filter((s) => {
      const visible = applyFilters(model, s);
      const expected = new Map<string, number>();
      for (const f of features.projects.features) {
        const city = f.properties.cities.split(',')[0]!;
        if (visible.projectIds.has(f.id)) expected.set(city, (expected.get(city) ?? 0) + 1);
      }
      return JSON.stringify([...visible.projectsPerFirstCity]) !== JSON.stringify([...expected]);
    });
    expect(wrong).toEqual([]);
  });

  it('gives a project mask indexed like the joined project features', () => {
    const filters = parseQuery('kind=energy').state.filters;
    const { projectMask } = applyFilters(model, filters);
    const ids = features.projects.features.filter((_, i) => projectMask[i]).map((f) => f.id);
    expect([projectMask.length, ids]).toEqual([features.projects.features.length, referenceProjects(model, filters)]);
  });
});
