import booleanIntersects from '@turf/boolean-intersects';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import circle from '@turf/circle';
import distance from '@turf/distance';
import pointToLineDistance from '@turf/point-to-line-distance';
import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../../src/filters/apply.ts';
import { areaTest } from '../../../src/filters/point-in-area.ts';
import { parseQuery, toFilterQuery, toQuery } from '../../../src/filters/query.ts';
import { normaliseWithin, parseWithin, withinText, type LonLat, type Within } from '../../../src/filters/spatial.ts';
import { defaultUrlState, DEFAULT_FILTERS, type FilterState } from '../../../src/filters/state.ts';
import { features, model } from '../../load-repo.ts';

function rng(seed: number) {
  return () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** A star-shaped polygon of `n` vertices around a centre (concave, so crossings matter). */
function star(r: () => number, n: number, [cx, cy]: LonLat, radius: number): LonLat[][][] {
  const ring = Array.from({ length: n }, (_, i): LonLat => {
    const a = (i / n) * 2 * Math.PI;
    const d = radius * (0.4 + 0.6 * r());
    return [cx + d * Math.cos(a), cy + d * Math.sin(a)];
  });
  return normaliseWithin([[ring]]).polygons;
}

const asFeature = (polygons: LonLat[][][]) => ({ type: 'Feature' as const, properties: {}, geometry: polygons.length === 1
  ? { type: 'Polygon' as const, coordinates: polygons[0]! } : { type: 'MultiPolygon' as const, coordinates: polygons } });

const filtersOf = (patch: Partial<FilterState>): FilterState => ({ ...DEFAULT_FILTERS, ...patch });
const visibleIds = (filters: FilterState) => {
  const visible = applyFilters(model, filters, features);
  return features.projects.features.filter((_, i) => visible.projectMask[i]).map((f) => f.properties.project_id);
};

describe('within: the compact encoding', () => {
  it('round-trips areas with holes and several polygons exactly', () => {
    const r = rng(7);
    for (let k = 0; k < 50; k++) {
      const outer = star(r, 3 + Math.floor(r() * 60), [113 + r(), 22 + r()], 0.5)[0]![0]!;
      const hole = star(r, 5, [113.2, 22.2], 0.01)[0]![0]!;
      const within: Within = normaliseWithin([[outer.slice(0, -1), hole.slice(0, -1)], star(r, 4, [115, 24], 0.2)[0]!], r() < 0.5);
      const text = withinText(within);
      expect(text).toMatch(/^[A-Za-z0-9_.-]+$/); // nothing URLSearchParams would escape
      expect(parseWithin(text)).toEqual(within);
    }
  });

  it('is about 3 characters a number for a 200-vertex polygon', () => {
    const text = withinText({ polygons: star(rng(1), 200, [113, 23], 1), outside: false });
    expect(text.length).toBeLessThan(200 * 2 * 4);
  });

  it.each([
    ['within=***', /not a polygon encoding/],
    ['within=out.', /no polygon/],
    ['within=AAAA', /fewer than 3 distinct/],
    ['within=AAA', /odd count/],
    ['within=g', /not a polygon encoding/], // a number cut short
    ['within=A…(7000)', /longer than/],
    ['near=110,21', /not a valid near/],
    ['near=110,21,0', /not a valid near/],
    ['near=200,21,5', /not a valid near/],
    ['near=110,21,5000', /not a valid near/],
  ])('warns about %s and keeps no selection', (query, message) => {
    const { state, warnings } = parseQuery(query.replace('A…(7000)', 'A'.repeat(7000)));
    expect(state.filters.within).toBeNull();
    expect(state.filters.near).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ kind: 'dropped' });
    expect(warnings[0]!.message).toMatch(message);
  });

  it('refuses more than 500 vertices', () => {
    const text = withinText({ polygons: star(rng(2), 501, [113, 23], 1), outside: false });
    expect(parseQuery(`within=${text}`).warnings[0]!.message).toMatch(/more than 500 vertices/);
    expect(parseQuery(`within=${withinText({ polygons: star(rng(2), 500, [113, 23], 1), outside: false })}`).warnings).toEqual([]);
  });

  it('writes near and within in the canonical query and the filter key', () => {
    const state = defaultUrlState();
    state.filters.near = { lon: 110.41, lat: 21.2, km: 60 };
    expect(toQuery(state)).toBe('near=110.41,21.2,60');
    const key = toFilterQuery(state.filters);
    state.filters.near = { lon: 110.41, lat: 21.2, km: 61 };
    expect(toFilterQuery(state.filters)).not.toBe(key);
    expect(parseQuery('near=110.410001,21.2,60').state.filters.near).toEqual({ lon: 110.41, lat: 21.2, km: 60 });
  });
});

describe('areaTest agrees with turf', () => {
  it('for 20 000 points near the edges of concave polygons, on vertices and on axis-aligned edges', () => {
    const r = rng(11);
    for (let k = 0; k < 20; k++) {
      const polygons = star(r, 20 + Math.floor(r() * 180), [113, 23], 1);
      const feature = asFeature(polygons);
      const { inside } = areaTest(polygons);
      const ring = polygons[0]![0]!;
      for (let j = 0; j < 1000; j++) {
        const [a, b] = [ring[j % (ring.length - 1)]!, ring[(j % (ring.length - 1)) + 1]!];
        const t = r();
        const off = (r() - 0.5) * (j % 3 === 0 ? 1e-9 : j % 3 === 1 ? 1e-6 : 1e-3);
        const p: LonLat = j % 50 === 0 ? a : [a[0] + t * (b[0] - a[0]) + off, a[1] + t * (b[1] - a[1]) - off];
        expect(inside(p[0], p[1]), `${p}`).toBe(booleanPointInPolygon(p, feature));
      }
    }
    const square = normaliseWithin([[[[113, 22], [114, 22], [114, 23], [113, 23]]]]).polygons;
    const { inside } = areaTest(square);
    for (const p of [[113.5, 22], [114, 22.5], [113, 22], [113.5, 23], [113.5, 22.5], [114.00001, 22.5]] as LonLat[]) {
      expect(inside(p[0], p[1])).toBe(booleanPointInPolygon(p, asFeature(square)));
    }
  });
});

describe('applyFilters with a spatial selection', () => {
  const near = { lon: 110.41, lat: 21.2, km: 60 };
  const expectedNear = features.projects.features.filter((f) => (f.geometry.type === 'Point'
    ? distance([near.lon, near.lat], f.geometry.coordinates)
    : pointToLineDistance([near.lon, near.lat], f.geometry)) <= near.km).map((f) => f.properties.project_id);

  it('near keeps exactly the projects turf puts within km of the point', () => {
    expect(expectedNear.length).toBeGreaterThan(5);
    expect(visibleIds(filtersOf({ near }))).toEqual(expectedNear);
    const visible = applyFilters(model, filtersOf({ near }), features);
    expect(visible.counts.projects).toEqual([expectedNear.length, model.projects.length]);
    expect([...visible.cityIds]).toContain('440800'); // 湛江
    expect([...visible.cityIds]).not.toContain('440300'); // 深圳 is far away
  });

  it('within keeps exactly the points turf puts inside (lines: that meet it), and outside the rest', () => {
    const polygons = star(rng(3), 200, [113.4, 22.9], 0.8);
    const area = asFeature(polygons);
    const inside = features.projects.features.filter((f) => (f.geometry.type === 'Point'
      ? booleanPointInPolygon(f.geometry.coordinates, area) : booleanIntersects(f.geometry, area))).map((f) => f.properties.project_id);
    expect(inside.length).toBeGreaterThan(20);
    expect(visibleIds(filtersOf({ within: { polygons, outside: false } }))).toEqual(inside);
    const outside = visibleIds(filtersOf({ within: { polygons, outside: true } }));
    const points = new Set(features.projects.features.filter((f) => f.geometry.type === 'Point').map((f) => f.properties.project_id));
    expect(outside.filter((id) => points.has(id))).toEqual(model.projects.map((p) => p.id).filter((id) => points.has(id) && !inside.includes(id)));
  });

  it('combines with the other filters and throws without the geometry', () => {
    const kind = filtersOf({ near, kind: ['transport'] });
    const ports = new Set(visibleIds(filtersOf({ kind: ['transport'] })));
    const both = visibleIds(kind);
    expect(both).toEqual(expectedNear.filter((id) => ports.has(id)));
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(expectedNear.length);
    expect(() => applyFilters(model, kind)).toThrow(/needs the features/);
  });

  it('keeps the cities whose polygon meets a circle', () => {
    const ring = circle([113.26, 23.13], 30, { steps: 64 }).geometry.coordinates as LonLat[][];
    const visible = applyFilters(model, filtersOf({ within: normaliseWithin([ring]) }), features);
    const expected = features.cities.features.filter((c) => booleanIntersects(c, asFeature(normaliseWithin([ring]).polygons))).map((c) => c.id);
    expect([...visible.cityIds]).toEqual(expected);
    expect(expected).toContain('440100');
  });
});
