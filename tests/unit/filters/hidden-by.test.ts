import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../../src/filters/apply.ts';
import { hidingFilters, withoutHiding } from '../../../src/filters/hidden-by.ts';
import { parseQuery } from '../../../src/filters/query.ts';
import { model } from '../../load-repo.ts';

const filtersOf = (query: string) => parseQuery(query).state.filters;
const airport = model.projects.find((p) => p.name_zh === '广州白云机场三期扩建工程')!;
const shown = (query: string, id: string) => {
  const filters = withoutHiding(filtersOf(query), hidingFilters(model, id, filtersOf(query)));
  return applyFilters(model, filters).projectIds.has(id);
};

describe('hidingFilters (which filters hide a chosen project)', () => {
  it('is empty for a project the filters show', () => {
    expect(hidingFilters(model, airport.id, filtersOf(''))).toEqual([]);
    expect(hidingFilters(model, airport.id, filtersOf('zone=prd'))).toEqual([]);
  });

  it('names the cluster that hides it and keeps the zone that does not (清除筛选 used to keep the cluster)', () => {
    const other = model.clusters.find((c) => !airport.clusters.includes(c.id))!.id;
    const query = `cluster=${other}&zone=prd`;
    expect(hidingFilters(model, airport.id, filtersOf(query))).toEqual(['cluster']);
    expect(withoutHiding(filtersOf(query), ['cluster'])).toMatchObject({ cluster: null, zone: ['prd'] });
    expect(shown(query, airport.id)).toBe(true);
  });

  it('names each of the kind, zone, document and text filters that hide it', () => {
    const kind = ['transport', 'energy', 'industrial_park'].find((k) => k !== airport.kind)!;
    expect(hidingFilters(model, airport.id, filtersOf(`kind=${kind}&zone=north`))).toEqual(['zone', 'kind']);
    expect(hidingFilters(model, airport.id, filtersOf('q=乙烯'))).toEqual(['q']);
    expect(hidingFilters(model, airport.id, filtersOf('q=baiyun'))).toEqual([]);
  });

  it('finds filters that hide a project only together, and clearing them shows it', () => {
    for (const q of ['rank=core&cluster=robotics&zone=north', 'kind=water&doc=gz-fyp&q=深圳', 'metro=shenzhen&zone=west_wing']) {
      for (const p of model.projects.slice(0, 60)) expect(shown(q, p.id), `${q} ${p.id}`).toBe(true);
    }
  });
});
