import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../../src/filters/apply.ts';
import { cityTable, DEFAULT_TABLE_SORT, nextSort, type CityTableSort } from '../../../src/filters/city-table.ts';
import { parseQuery } from '../../../src/filters/query.ts';
import { features, model } from '../../load-repo.ts';

const table = (query: string, sort: CityTableSort = DEFAULT_TABLE_SORT) => {
  const { filters, show } = parseQuery(query).state;
  const visible = applyFilters(model, filters);
  return { ...cityTable(features, visible, show.layers, sort), visible };
};
const ids = (query: string, sort?: CityTableSort) => table(query, sort).rows.map((r) => r.id);

describe('cityTable (the table view: the filtered cities, sorted by a column)', () => {
  it('lists exactly the visible cities, by the shown name in pinyin order by default (not by adcode), and either way round', () => {
    const names = (query: string, sort?: CityTableSort, lang: 'zh' | 'en' = 'zh') => {
      const { filters, show } = parseQuery(query).state;
      return cityTable(features, applyFilters(model, filters), show.layers, sort ?? DEFAULT_TABLE_SORT, lang).rows.map((r) => (lang === 'zh' ? r.name_zh : r.name_en));
    };
    const zh = names('');
    expect([zh[0], zh[1], zh.at(-2), zh.at(-1)]).toEqual(['潮州市', '东莞市', '中山市', '珠海市']);
    expect(names('', { column: 'city', descending: true })).toEqual([...zh].reverse());
    const en = names('', undefined, 'en');
    expect(en).toEqual([...en].sort());
    expect(en[0]).toBe('Chaozhou');
    const { rows, visible } = table('zone=north');
    expect(rows.map((r) => r.id).sort()).toEqual([...visible.cityIds].sort());
    expect(rows).toHaveLength(5);
  });

  it('has a rank column only with a cluster chosen, and a projects column only with projects shown', () => {
    expect(table('').columns).toEqual(['city', 'zone', 'core', 'ranked']);
    expect(table('cluster=new_energy').columns).toEqual(['city', 'zone', 'rank', 'core', 'ranked']);
    expect(table('layers=cities,projects').columns).toEqual(['city', 'zone', 'core', 'ranked', 'projects']);
  });

  it('sorts numbers highest first, ties by name, and either way round', () => {
    const { rows } = table('', { column: 'core', descending: true });
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      expect(a.core > b.core || (a.core === b.core && a.name_zh.localeCompare(b.name_zh, 'zh-Hans-CN') < 0), `${a.id} ${b.id}`).toBe(true);
    }
    const up = table('', { column: 'core', descending: false }).rows;
    expect(up[0]!.core).toBe(Math.min(...rows.map((r) => r.core)));
    expect(ids('', { column: 'city', descending: true })).toEqual(ids('').reverse());
  });

  it('sorts by rank ★★★ > ★★ > ★ > none in the chosen cluster, and by zone in the plan\'s zone order', () => {
    const ranks = table('cluster=new_energy', { column: 'rank', descending: true }).rows.map((r) => r.rank);
    const order = (r: string | null) => ['core', 'key', 'general', null].indexOf(r);
    expect(ranks.map(order)).toEqual([...ranks.map(order)].sort((a, b) => a - b));
    expect(ranks[0]).toBe('core');
    const zones = table('', { column: 'zone', descending: false }).rows.map((r) => r.zone);
    expect([...new Set(zones)]).toEqual(['prd', 'east_wing', 'west_wing', 'north']);
  });

  it('counts the visible projects per city as the map\'s bubbles do, and narrows with the project filters', () => {
    const { filters, show } = parseQuery('layers=cities,projects&kind=energy').state;
    const visible = applyFilters(model, filters);
    const perCity = visible.projectsPerFirstCity;
    const { rows } = cityTable(features, visible, show.layers, DEFAULT_TABLE_SORT);
    for (const row of rows) expect(row.projects, row.id).toBe(perCity.get(row.id) ?? 0);
    expect(rows.reduce((n, r) => n + r.projects, 0)).toBe(visible.counts.projects[0]);
    const all = table('layers=cities,projects').rows.reduce((n, r) => n + r.projects, 0);
    expect(all).toBeGreaterThan(rows.reduce((n, r) => n + r.projects, 0));
  });

  it('keeps each city\'s metropolitan areas with whether only its urban part belongs', () => {
    const { rows } = table('');
    for (const row of rows) {
      const city = model.cities.find((c) => c.id === row.id)!;
      expect(row.metros, row.id).toEqual(city.metro.map((m) => ({ id: m.id, part: m.scope === 'part' })));
    }
    expect(rows.some((r) => r.metros.some((m) => m.part))).toBe(true);
  });

  it('falls back to the default order when the sorted column goes away (the cluster is cleared)', () => {
    expect(ids('', { column: 'rank', descending: true })).toEqual(ids(''));
  });
});

describe('nextSort (a click on a column header)', () => {
  it('starts numbers highest first and names in order, and a second click turns it round', () => {
    expect(nextSort(DEFAULT_TABLE_SORT, 'core')).toEqual({ column: 'core', descending: true });
    expect(nextSort({ column: 'core', descending: true }, 'core')).toEqual({ column: 'core', descending: false });
    expect(nextSort({ column: 'core', descending: true }, 'zone')).toEqual({ column: 'zone', descending: false });
    expect(nextSort(DEFAULT_TABLE_SORT, 'city')).toEqual({ column: 'city', descending: true });
  });
});
