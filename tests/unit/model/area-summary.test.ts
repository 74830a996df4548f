import { describe, expect, it } from 'vitest';
import { areaCities, areaSummary } from '../../../src/model/area-summary.ts';
import { model } from '../../load-repo.ts';

describe('areaSummary (a zone or metropolitan area in its panel)', () => {
  it('counts the member cities\' ★★★ / ★★ / ★ cells across the 20 clusters (the north zone, counted from ranks.csv by hand)', () => {
    const north = areaCities(model, { zone: 'north' }).map((c) => c.id);
    expect(north.sort()).toEqual(['440200', '441400', '441600', '441800', '445300']);
    expect(areaSummary(model, north).ranks).toEqual({ core: 4, key: 16, general: 24 });
  });

  it('counts each cluster once, at its best rank among the members', () => {
    const { clusters } = areaSummary(model, areaCities(model, { zone: 'prd' }).map((c) => c.id));
    expect(clusters.core + clusters.key + clusters.general).toBeLessThanOrEqual(20);
    expect(clusters.core).toBeGreaterThan(15);
  });

  it('lists the projects naming a member city, tallied by kind, most first', () => {
    const cities = areaCities(model, { metro: 'zhanjiang_maoming' });
    expect(cities.map((c) => c.id).sort()).toEqual(['440800', '440900']);
    const { projects, byKind } = areaSummary(model, cities.map((c) => c.id));
    expect(projects.length).toBe(model.projects.filter((p) => p.cities.includes('440800') || p.cities.includes('440900')).length);
    expect(byKind.reduce((n, [, k]) => n + k, 0)).toBe(projects.length);
    expect(byKind.map(([, n]) => n)).toEqual([...byKind.map(([, n]) => n)].sort((a, b) => b - a));
  });

  it('marks the cities of which only the urban part belongs to a metropolitan area', () => {
    const gz = areaCities(model, { metro: 'guangzhou' });
    expect(gz.filter((c) => !c.part).map((c) => c.id).sort()).toEqual(['440100', '440600']);
    expect(gz.filter((c) => c.part)).toHaveLength(4);
  });
});
