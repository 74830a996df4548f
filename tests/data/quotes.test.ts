import { describe, expect, it } from 'vitest';
import type { SourceRef } from '../../src/model/index.ts';
import { model } from '../load-repo.ts';
import { normaliseText } from './normalise.ts';
import { normalisedDocument, seedsPresent } from './seeds.ts';

/** Every SourceRef anywhere in the model, with a path saying where it sits. */
function allSources(): { where: string; source: SourceRef }[] {
  const out: { where: string; source: SourceRef }[] = [];
  const visit = (value: unknown, where: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${where}[${i}]`));
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.doc === 'string' && typeof o.quote === 'string' && typeof o.section === 'string') out.push({ where, source: o as SourceRef });
      else for (const [k, v] of Object.entries(o)) visit(v, `${where}.${k}`);
    }
  };
  visit({ cities: model.cities, zones: model.zones, metros: model.metros, clusters: model.clusters, ranks: model.ranks, subSectors: model.subSectors, disagreements: model.disagreements, projects: model.projects, corridors: model.corridors }, 'model');
  return out;
}

describe('sources', () => {
  const sources = allSources();

  it('cover every kind of record', () => {
    expect(sources.length).toBeGreaterThan(21 + 4 + 5 + 20 + 20);
  });

  it.skipIf(!seedsPresent)('every quote is found verbatim in its document', () => {
    const missing = sources.filter(({ source }) => {
      const doc = model.sources.find((d) => d.id === source.doc)!;
      return !normalisedDocument(doc).includes(normaliseText(source.quote));
    }).map(({ where, source }) => `${where}: ${source.doc} “${source.quote}”`);
    expect(missing).toEqual([]);
  });

  it.skipIf(!seedsPresent)('every section heading names a place in its document', () => {
    // the first distinctive token of each section (e.g. 专栏12, 附件1, 第十二章) occurs in the document
    const missing = sources.filter(({ source }) => {
      const doc = model.sources.find((d) => d.id === source.doc)!;
      const token = normaliseText(source.section.split(/\s+/)[0]!);
      return !normalisedDocument(doc).includes(token);
    }).map(({ where, source }) => `${where}: ${source.section}`);
    expect(missing).toEqual([]);
  });
});
