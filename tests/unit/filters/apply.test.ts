import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../../src/filters/apply.ts';
import { optionCounts } from '../../../src/filters/option-counts.ts';
import { parseQuery } from '../../../src/filters/query.ts';
import { model } from '../../load-repo.ts';

const visibleOf = (query: string) => applyFilters(model, parseQuery(query).state.filters);
const ids = (query: string) => [...visibleOf(query).cityIds];

describe('applyFilters', () => {
  it('shows all 21 cities with no filter', () => {
    expect(visibleOf('').counts.cities).toEqual([21, 21]);
  });

  it('rank filter keeps only core cities of the chosen cluster', () => {
    expect(ids('cluster=semiconductors&rank=core')).toEqual(['440100', '440300', '440400']);
  });

  it('rank filter without a cluster keeps cities with that rank in any cluster', () => {
    // every city is core in at least one cluster except those the table never gives ★★★
    const core = ids('rank=core');
    expect(core).toContain('440100');
    expect(core.length).toBeLessThan(21);
  });

  it('zone filter keeps the zone members and combines with others by AND', () => {
    expect(ids('zone=west_wing')).toEqual(['440800', '440900', '441700']);
    expect(ids('zone=west_wing&cluster=petrochemicals&rank=core')).toEqual(['440800', '440900']);
  });

  it('metro filter counts part members in', () => {
    expect(ids('metro=shantou_chaozhou_jieyang')).toEqual(['440500', '441400', '445100', '445200']);
  });

  it('text search matches Chinese, English and pinyin names', () => {
    expect(ids('q=湛江')).toEqual(['440800']);
    expect(ids('q=Shenzhen')).toEqual(['440300']);
    expect(ids('q=foshan')).toEqual(['440600']);
  });

  it('keys equal filters identically', () => {
    expect(visibleOf('zone=north,prd').filterKey).toBe(visibleOf('zone=prd,north').filterKey);
  });

  it('selection and view do not filter', () => {
    expect(visibleOf('city=440100&view=113,23,8').counts.cities).toEqual([21, 21]);
  });
});

describe('optionCounts', () => {
  it('counts each zone option against the other filters', () => {
    const counts = optionCounts(model, parseQuery('cluster=new_energy&rank=core').state.filters);
    expect(counts.zone).toEqual({ prd: 4, east_wing: 0, west_wing: 2, north: 0 });
  });
});
