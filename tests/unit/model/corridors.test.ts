import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import type { LineString, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { CORRIDOR_COLUMNS } from '../../../src/model/index.ts';
import { features, model } from '../../load-repo.ts';

const placesOf = (id: string) => {
  const c = model.corridors.find((x) => x.id === id)!;
  return c.districts.length ? null : c.cities.map((city) => features.cityPoints.get(city)!);
};

describe('joined corridors', () => {
  const list = features.corridors.features;

  it('are one feature per record, in data order, with exactly the export columns', () => {
    expect(list.map((f) => f.id)).toEqual(model.corridors.map((c) => c.id));
    for (const f of list) expect(Object.keys(f.properties)).toEqual([...CORRIDOR_COLUMNS]);
  });

  it('are built once: the same collection every time', () => {
    expect(features.corridors).toBe(features.corridors);
  });

  it('draw lines through every one of their cities', () => {
    for (const f of list.filter((x) => x.properties.geometry_mode === 'line')) {
      expect(f.geometry.type).toBe('LineString');
      for (const p of placesOf(f.id) ?? []) {
        const km = distance(p, nearestPointOnLine(f.geometry as LineString, p), { units: 'kilometers' });
        expect(km, `${f.id} misses a city by ${km.toFixed(1)} km`).toBeLessThan(0.5);
      }
    }
  });

  it('draw bands and areas as polygons that hold every one of their cities', () => {
    for (const f of list.filter((x) => x.properties.geometry_mode !== 'line')) {
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
      for (const p of placesOf(f.id) ?? []) {
        expect(booleanPointInPolygon(p, f.geometry as Polygon | MultiPolygon), `${f.id} leaves out ${p}`).toBe(true);
      }
    }
  });

  it('draw the east and west wings as two separate parts', () => {
    const wings = list.find((f) => f.id === 'east-west-wings-coastal-manufacturing-belt')!;
    expect(wings.geometry.type).toBe('MultiPolygon');
    expect((wings.geometry as MultiPolygon).coordinates).toHaveLength(2);
  });

  it('draw a belt inside Guangzhou through its districts, not the city label point', () => {
    const axis = list.find((f) => f.id === 'guangzhou-sci-tech-innovation-axis')!;
    const coords = (axis.geometry as LineString).coordinates;
    expect(coords[0]).toEqual([113.48537, 23.18715]); // 黄埔区
    expect(coords.at(-1)).toEqual([113.469369, 22.815538]); // 南沙区
  });
});
