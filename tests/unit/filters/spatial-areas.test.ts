import booleanIntersects from '@turf/boolean-intersects';
import pointToLineDistance from '@turf/point-to-line-distance';
import { booleanWithin, pointToPolygonDistance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../../src/filters/apply.ts';
import { hidingFilters } from '../../../src/filters/hidden-by.ts';
import { docOptionCounts, optionCounts } from '../../../src/filters/option-counts.ts';
import { normaliseWithin, type LonLat } from '../../../src/filters/spatial.ts';
import { DEFAULT_FILTERS, type FilterState } from '../../../src/filters/state.ts';
import { DOC_IDS, PROJECT_KINDS, ZONE_IDS } from '../../../src/model/index.ts';
import { features, model } from '../../load-repo.ts';

const near = { lon: 110.41, lat: 21.2, km: 60 }; // 湛江
const filtersOf = (patch: Partial<FilterState>): FilterState => ({ ...DEFAULT_FILTERS, ...patch });
const nearKm = (f: (typeof features.corridors.features)[number]) => (f.geometry.type === 'LineString'
  ? pointToLineDistance([near.lon, near.lat], f.geometry) : pointToPolygonDistance([near.lon, near.lat], f.geometry as never));
// a rectangle over the Pearl River estuary, 广州 to 深圳
const ring: LonLat[] = [[113.2, 22.4], [114.2, 22.4], [114.2, 23.2], [113.2, 23.2], [113.2, 22.4]];
const within = normaliseWithin([[ring]]);
const area = { type: 'Feature' as const, properties: {}, geometry: { type: 'Polygon' as const, coordinates: within.polygons[0]! } };

describe('a spatial selection reaches corridors, zones and metropolitan areas', () => {
  it('near keeps the corridors whose line or band comes within km of the centre (turf)', () => {
    const expected = features.corridors.features.filter((f) => nearKm(f) <= near.km).map((f) => f.id);
    const visible = applyFilters(model, filtersOf({ near }), features);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(model.corridors.length);
    expect([...visible.corridorIds]).toEqual(expected);
    expect(visible.counts.corridors).toEqual([expected.length, model.corridors.length]);
  });

  it('within keeps the corridors that meet the area (turf), outside those not wholly inside it', () => {
    const expected = features.corridors.features.filter((f) => booleanIntersects(f, area)).map((f) => f.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(model.corridors.length);
    expect([...applyFilters(model, filtersOf({ within }), features).corridorIds]).toEqual(expected);
    const outside = [...applyFilters(model, filtersOf({ within: { ...within, outside: true } }), features).corridorIds];
    const lines = features.corridors.features.filter((f) => f.geometry.type === 'LineString');
    expect(outside.filter((id) => lines.some((f) => f.id === id))).toEqual(lines.filter((f) => !booleanWithin(f, area)).map((f) => f.id));
  });

  it('keeps the zones and metropolitan areas with a member city the selection meets', () => {
    const visible = applyFilters(model, filtersOf({ near }), features);
    const cities = model.cities.filter((c) => visible.cityIds.has(c.id));
    expect([...visible.zoneIds]).toEqual(ZONE_IDS.filter((z) => cities.some((c) => c.zone === z)));
    expect([...visible.zoneIds]).not.toContain('prd');
    expect([...visible.metroIds]).toEqual(model.metros.map((m) => m.id).filter((m) => cities.some((c) => c.metro.some((x) => x.id === m))));
    expect([...visible.metroIds]).toEqual(['zhanjiang_maoming']);
    const drawn = applyFilters(model, filtersOf({ within }), features);
    expect([...drawn.metroIds].sort()).toEqual(['guangzhou', 'pearl_west', 'shenzhen']);
  });
});

describe('option counts follow a spatial selection', () => {
  it('counts zones, metro areas and ranks among the cities the selection meets', () => {
    const filters = filtersOf({ near });
    const visible = applyFilters(model, filters, features);
    const counts = optionCounts(model, filters, features);
    expect(ZONE_IDS.reduce((n, z) => n + counts.zone[z], 0)).toBe(visible.counts.cities[0]);
    for (const z of ZONE_IDS) expect(counts.zone[z]).toBe(applyFilters(model, { ...filters, zone: [z] }, features).counts.cities[0]);
    expect(counts.metro.guangzhou).toBe(0);
    expect(counts.rank.core).toBe(applyFilters(model, { ...filters, rank: ['core'] }, features).counts.cities[0]);
  });

  it('counts project kinds and documents among the projects and axes the selection keeps', () => {
    const filters = filtersOf({ near });
    const visible = applyFilters(model, filters, features);
    const counts = optionCounts(model, filters, features);
    expect(PROJECT_KINDS.reduce((n, k) => n + counts.kind[k], 0)).toBe(visible.counts.projects[0]);
    const docs = docOptionCounts(model, filters, features);
    for (const doc of DOC_IDS) {
      const one = applyFilters(model, { ...filters, doc: [doc] }, features);
      expect(docs[doc]).toEqual({ projects: one.counts.projects[0], corridors: one.counts.corridors[0] });
    }
  });
});

describe('the hidden-project notice names a spatial selection', () => {
  it('says a project far from the centre is hidden by the distance, without throwing', () => {
    const far = model.projects.find((p) => p.cities[0] === '440300')!; // 深圳
    expect(hidingFilters(model, far.id, filtersOf({ near }), features)).toEqual(['near']);
    expect(hidingFilters(model, far.id, filtersOf({ near }))).toEqual([]); // without the features the selection is left out
    const inside = applyFilters(model, filtersOf({ near }), features);
    const shown = model.projects.find((_, i) => inside.projectMask[i] === 1)!;
    expect(hidingFilters(model, shown.id, filtersOf({ near }), features)).toEqual([]);
  });
});
