import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { PROJECT_KINDS } from '../../src/model/index.ts';
import { features, model } from '../load-repo.ts';

const districts = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../geo/output/districts.geojson'), 'utf8')) as
  FeatureCollection<Point, { city: string }>;
const districtCity = new Map(districts.features.map((f) => [String(f.id), f.properties.city]));
const cityShape = new Map(features.cities.features.map((f) => [f.id as string, f]));
const inCity = (point: [number, number], city: string) => booleanPointInPolygon(point, cityShape.get(city)!);

describe('projects', () => {
  it('name several hundred items across every kind', () => {
    expect(model.projects.length).toBeGreaterThan(600);
    for (const kind of PROJECT_KINDS) expect(model.projects.some((p) => p.kind === kind), kind).toBe(true);
  });

  it('place every marker inside one of its cities', () => {
    const outside = model.projects.filter((p) => !p.cities.some((c) => inCity(features.projectPoints.get(p.id)!, c))).map((p) => p.id);
    expect(outside).toEqual([]);
  });

  it('place city-precision markers inside their first city, where the text places them', () => {
    const outside = model.projects.filter((p) => p.location.precision === 'city' && !inCity(features.projectPoints.get(p.id)!, p.cities[0]!));
    expect(outside.map((p) => p.id)).toEqual([]);
  });

  it('use districts that lie in one of the project’s cities', () => {
    const wrong = model.projects.filter((p) => p.location.precision === 'district' &&
      !p.cities.includes(districtCity.get(p.location.district) as never)).map((p) => p.id);
    expect(wrong).toEqual([]);
  });

  it('draw lines only through their own cities', () => {
    const cityOfStop = (stop: string) => districtCity.get(stop) ?? stop;
    const wrong = model.projects.filter((p) => p.line?.some((stop) => !p.cities.includes(cityOfStop(stop) as never))).map((p) => p.id);
    expect(wrong).toEqual([]);
  });

  it('never stack two markers on the same spot', () => {
    const seen = new Map<string, string>();
    const stacked: string[] = [];
    for (const [id, [lon, lat]] of features.projectPoints) {
      const key = `${lon.toFixed(4)},${lat.toFixed(4)}`;
      if (seen.has(key)) stacked.push(`${seen.get(key)} / ${id}`);
      seen.set(key, id);
    }
    expect(stacked).toEqual([]);
  });

  it('keep one record per item: no two projects share a Chinese name, cities and site', () => {
    const keys = model.projects.map((p) => `${p.name_zh}@${[...p.cities].sort().join(',')}@${p.site}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('say 位置据公开资料 (place_basis public) wherever the note takes a place from outside the documents', () => {
    const outside = /general knowledge|well-known|well known|public reports|per public|news reports|press reports/i;
    const unmarked = model.projects.filter((p) => outside.test(p.note ?? '') && p.place_basis !== 'public');
    expect(unmarked.map((p) => p.id)).toEqual([]);
    expect(model.projects.filter((p) => p.place_basis === 'public' && !p.note).map((p) => p.id)).toEqual([]);
  });
});
