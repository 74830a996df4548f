import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args.ts';
import { runExport } from '../../../src/cli/export.ts';
import { applyFilters } from '../../../src/filters/apply.ts';
import { docCounts } from '../../../src/filters/doc-filter.ts';
import { parseQuery, toQuery } from '../../../src/filters/query.ts';
import { model } from '../../load-repo.ts';

const visibleOf = (query: string) => applyFilters(model, parseQuery(query).state.filters);

describe('doc= (which document says so)', () => {
  it('parses, drops unknown documents with a warning, and writes canonically after kind', () => {
    const { state, warnings } = parseQuery('doc=gd-manufacturing-fyp,gd-hq-opinions-2023,nope&kind=energy');
    expect(state.filters.doc).toEqual(['gd-hq-opinions-2023', 'gd-manufacturing-fyp']);
    expect(warnings.map((w) => w.value)).toEqual(['nope']);
    expect(toQuery(state)).toBe('kind=energy&doc=gd-hq-opinions-2023,gd-manufacturing-fyp');
  });

  it('keeps exactly the projects and corridors the 2023 opinions name', () => {
    const visible = visibleOf('doc=gd-hq-opinions-2023');
    const projects = model.projects.filter((p) => p.sources.some((s) => s.doc === 'gd-hq-opinions-2023')).map((p) => p.id);
    expect([...visible.projectIds].sort()).toEqual(projects.sort());
    expect(visible.counts.projects).toEqual([projects.length, model.projects.length]);
    expect([...visible.corridorIds].sort()).toEqual(['guangzhou-shenzhen-hong-kong-innovation-corridor', 'guangzhou-zhuhai-macao-innovation-corridor']);
  });

  it('combines with the other filters', () => {
    const both = visibleOf('doc=gd-hq-opinions-2023&kind=energy');
    expect([...both.projectIds].every((id) => model.projects.find((p) => p.id === id)!.kind === 'energy')).toBe(true);
    expect(both.counts.projects[0]).toBeLessThanOrEqual(visibleOf('doc=gd-hq-opinions-2023').counts.projects[0]);
  });

  it('counts, per document, the projects and corridors the other filters leave', () => {
    const all = visibleOf('');
    const mask = Uint8Array.from(model.projects, (p) => (all.projectIds.has(p.id) ? 1 : 0));
    const counts = docCounts(model, { doc: [] }, mask, all.corridorIds);
    expect(counts['gd-hq-opinions-2023'].projects).toBe(visibleOf('doc=gd-hq-opinions-2023').counts.projects[0]);
    expect(counts['gd-hq-opinions-2023'].corridors).toBe(2);
  });

  it('is the CLI flag --doc, writing what the page writes', () => {
    const cli = runExport(parseArgs(['--layer', 'projects', '--doc', 'gd-hq-opinions-2023']), () => {});
    const fc = JSON.parse(cli);
    expect(fc.features.length).toBe(visibleOf('doc=gd-hq-opinions-2023').counts.projects[0]);
    expect(fc.metadata.filters).toBe('doc=gd-hq-opinions-2023');
    const corridors = JSON.parse(runExport(parseArgs(['--layer', 'corridors', '--doc', 'gd-hq-opinions-2023']), () => {}));
    expect(corridors.features).toHaveLength(2);
  }, 30_000); // two CLI runs read and join the data
});
