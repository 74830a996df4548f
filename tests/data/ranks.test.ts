import { describe, expect, it } from 'vitest';
import { ADCODES, CLUSTER_IDS, rankOf } from '../../src/model/index.ts';
import { model } from '../load-repo.ts';
import { rawDocument, seedsPresent } from './seeds.ts';

// The plan's own printed totals (附件1 of gd-manufacturing-fyp), in the tables' column order.
const COLUMN_ORDER = ['440100', '440300', '440400', '440600', '441900', '441300', '442000', '440700', '441200', '440500', '441500', '445200', '445100', '440800', '440900', '441700', '440200', '441400', '441600', '441800', '445300'] as const;
const CITIES_PER_CLUSTER = [15, 15, 9, 17, 19, 19, 10, 7, 21, 21, 11, 15, 13, 8, 16, 14, 13, 8, 18, 18];
const PILLAR_PER_CITY = [10, 10, 9, 10, 9, 10, 10, 10, 7, 8, 7, 4, 4, 8, 6, 4, 4, 6, 6, 5, 6];
const EMERGING_PER_CITY = [10, 10, 10, 10, 10, 8, 9, 10, 7, 8, 4, 4, 5, 6, 2, 4, 4, 3, 5, 3, 2];

const ranked = (city: string, clusters: readonly string[]) =>
  clusters.filter((c) => rankOf(model, city as never, c as never) !== null).length;

describe('附件1 ranks', () => {
  it('hold all 420 city × cluster cells', () => {
    expect(model.ranks).toHaveLength(20);
    for (const row of model.ranks) expect(Object.keys(row.ranks).sort()).toEqual([...ADCODES]);
  });

  it('match the printed number of cities per cluster', () => {
    expect(CLUSTER_IDS.map((c) => ADCODES.filter((city) => rankOf(model, city, c) !== null).length)).toEqual(CITIES_PER_CLUSTER);
  });

  it('match the printed number of pillar clusters per city', () => {
    expect(COLUMN_ORDER.map((city) => ranked(city, CLUSTER_IDS.slice(0, 10)))).toEqual(PILLAR_PER_CITY);
  });

  it('match the printed number of emerging clusters per city', () => {
    expect(COLUMN_ORDER.map((city) => ranked(city, CLUSTER_IDS.slice(10)))).toEqual(EMERGING_PER_CITY);
  });

  it('give Guangzhou and Shenzhen a rank in every cluster', () => {
    expect(ranked('440100', CLUSTER_IDS)).toBe(20);
    expect(ranked('440300', CLUSTER_IDS)).toBe(20);
  });

  it.skipIf(!seedsPresent)('match every cell of the tables in the document itself', () => {
    const doc = model.sources.find((d) => d.id === 'gd-manufacturing-fyp')!;
    const lines = rawDocument(doc).split('\n');
    const start = lines.findIndex((l) => l.startsWith('附件 1'));
    const toRank = (cell: string) => ({ '': null, '★': 'general', '★★': 'key', '★★★': 'core', '★★★★': 'core' })[cell.trim()];
    let rows = 0;
    lines.slice(start).forEach((line) => {
      const m = /^(\d+)\. [^\t]+\t/.exec(line);
      if (!m || Number(m[1]) > 20) return;
      const cells = line.split('\t');
      const cluster = CLUSTER_IDS[Number(m[1]) - 1]!;
      // the emerging table writes core as ★★★★ (its note maps ★★★ to core, and it never uses ★★★)
      expect(cells).toHaveLength(23);
      COLUMN_ORDER.forEach((city, i) => expect(rankOf(model, city, cluster), `${cluster} ${city}`).toBe(toRank(cells[i + 1]!)));
      expect(Number(cells[22])).toBe(CITIES_PER_CLUSTER[Number(m[1]) - 1]);
      rows++;
    });
    expect(rows).toBe(20);
  });

  it.skipIf(!seedsPresent)('never meet ★★★ in the emerging table (so ★★★★ can only mean core)', () => {
    const doc = model.sources.find((d) => d.id === 'gd-manufacturing-fyp')!;
    const lines = rawDocument(doc).split('\n').filter((l) => /^(1[1-9]|20)\. [^\t]+\t/.test(l));
    expect(lines).toHaveLength(10);
    for (const line of lines) expect(line.split('\t').slice(1, 22).filter((c) => c.trim() === '★★★')).toEqual([]);
  });
});
