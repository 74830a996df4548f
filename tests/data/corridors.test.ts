import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { CORRIDOR_KINDS, DOC_IDS } from '../../src/model/index.ts';
import { model } from '../load-repo.ts';
import { normaliseText } from './normalise.ts';
import { normalisedDocument, seedsPresent } from './seeds.ts';

const districts = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../geo/output/districts.geojson'), 'utf8')) as
  FeatureCollection<Point, { city: string }>;
const districtCity = new Map(districts.features.map((f) => [String(f.id), f.properties.city]));
const corridors = model.corridors;
// the axis's own words: the name without a qualifier in brackets
const stem = (name: string) => normaliseText(name.replace(/（.*?）/g, ''));
// a list such as 穗莞深惠和广佛中珠两大发展带 names each axis with one shared ending
const ENDING = /(发展带|科技创新走廊|主轴)$/;
const named = (quote: string, name: string) => {
  const [head, ending] = [stem(name).replace(ENDING, ''), ENDING.exec(stem(name))?.[1] ?? ''];
  return normaliseText(quote).includes(stem(name)) || (ending !== '' && normaliseText(quote).includes(head) && normaliseText(quote).includes(ending));
};

describe('corridors', () => {
  it('cover the named axes of several documents and every kind', () => {
    expect(corridors.length).toBeGreaterThanOrEqual(20);
    for (const kind of CORRIDOR_KINDS) expect(corridors.some((c) => c.kind === kind), kind).toBe(true);
    const docs = new Set(corridors.flatMap((c) => c.sources.map((s) => s.doc)));
    expect([...docs].sort()).toEqual([...DOC_IDS].sort());
  });

  it('keep one record per axis: no two share an id, a name or the same words', () => {
    const stems = corridors.map((c) => stem(c.name_zh));
    expect(stems.filter((s, i) => stems.indexOf(s) !== i)).toEqual([]);
  });

  it('are not also recorded as projects', () => {
    const projectNames = new Set(model.projects.map((p) => normaliseText(p.name_zh)));
    expect(corridors.filter((c) => projectNames.has(stem(c.name_zh))).map((c) => c.id)).toEqual([]);
  });

  it('are each named by at least one of their own quotes', () => {
    const unnamed = corridors.filter((c) => !c.sources.some((s) => named(s.quote, c.name_zh)));
    expect(unnamed.map((c) => c.id)).toEqual([]);
  });

  it('use districts that lie in their own cities', () => {
    const wrong = corridors.flatMap((c) => c.districts.filter((d) => !c.cities.includes(districtCity.get(d) as never)).map((d) => `${c.id}: ${d}`));
    expect(wrong).toEqual([]);
  });

  it('say how their places were found in a note wherever the text does not list them', () => {
    const silent = corridors.filter((c) => (c.placement === 'public' || c.placement === 'plan') && !c.note).map((c) => c.id);
    expect(silent).toEqual([]);
  });

  it.skipIf(!seedsPresent)('quote every source verbatim, including the passages that give their places', () => {
    const missing = corridors.flatMap((c) => [...c.sources, ...(c.place_sources ?? [])]
      .filter((s) => !normalisedDocument(model.sources.find((d) => d.id === s.doc)!).includes(normaliseText(s.quote)))
      .map((s) => `${c.id}: ${s.doc} “${s.quote}”`));
    expect(missing).toEqual([]);
  });
});
