import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../../src/filters/apply.ts';
import { parseQuery } from '../../../src/filters/query.ts';
import { buildDeckLayers } from '../../../src/layers/index.ts';
import { buildLegend } from '../../../src/layers/legend.ts';
import { SUB_SECTOR_ROLE_COLORS } from '../../../src/layers/palette.ts';
import { placeFillColor, subSectorPlacePoints, subSectorPlaceShapes } from '../../../src/layers/sub-sector-places.ts';
import type { DistrictShapes, SubSector } from '../../../src/model/index.ts';
import { features, model } from '../../load-repo.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const shapes = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../geo/output/district-shapes.geojson'), 'utf8')) as DistrictShapes;
const sub = (id: string) => model.subSectors.find((s) => s.id === id)!;
const fuel = sub('automotive.conventional_fuel_vehicles');
const { filters, show } = parseQuery('cluster=automotive').state;
const input = (subSector: SubSector | null, districtShapes: DistrictShapes | null) =>
  ({ features, visible: applyFilters(model, filters), show, model, subSector, districtShapes });

describe('subSectorPlaceShapes', () => {
  it('gives the districts the item names, each once, in the item’s order, with the names as written', () => {
    const { shapes: out, labels } = subSectorPlaceShapes(shapes, fuel, features);
    expect(out.map((f) => f.properties.name_zh)).toEqual(['花都区', '番禺区', '南沙区', '南海区']);
    expect(out.map((f) => f.properties.city)).toEqual(['440100', '440100', '440100', '440600']);
    expect(out[0]!.properties.quote).toContain('花都区');
    expect(labels.map((l) => l.text)).toEqual(['花都区', '番禺区', '南沙区', '南海区']);
    expect(labels[0]!.position).toEqual(features.districtPoints.get('440114'));
  });

  it('joins the names of places drawn as one unit and leaves out places with no location', () => {
    const metal = subSectorPlaceShapes(shapes, sub('light_industry_textiles.metal_products'), features).shapes;
    expect(metal.map((f) => `${f.properties.name_zh}:${f.properties.places_zh}`)).toEqual(['顺德区:顺德勒流镇', '南海区:南海丹灶镇', '高要区:高要金利五金智造小镇']);
  });

  it('is empty before the shapes arrive or for an item without places, and stable across calls', () => {
    expect(subSectorPlaceShapes(null, fuel, features).shapes).toEqual([]);
    expect(subSectorPlaceShapes(shapes, sub('electronics.semiconductor_components'), features).shapes).toEqual([]);
    expect(subSectorPlaceShapes(shapes, fuel, features).shapes).toBe(subSectorPlaceShapes(shapes, fuel, features).shapes);
  });

  it('fills each unit in its city’s role colour, translucent', () => {
    const [huadu] = subSectorPlaceShapes(shapes, fuel, features).shapes;
    const [r, g, b] = SUB_SECTOR_ROLE_COLORS[fuel.cities.find((m) => m.city === '440100')!.role];
    expect(placeFillColor(huadu!)).toEqual([r, g, b, 110]);
  });
});

describe('subSectorPlacePoints', () => {
  it('draws a park with a point of its own (none in the data yet) and nothing for one without', () => {
    const park = { ...fuel.places![0]!, name_zh: '某园区', kind: 'park' as const, district: null, place: [113.3, 23.4] as [number, number], note: 'test' };
    expect(subSectorPlacePoints({ ...fuel, places: [park] })).toEqual([{ position: [113.3, 23.4], name_zh: '某园区', role: 'base' }]);
    expect(subSectorPlacePoints(fuel)).toEqual([]);
    expect(model.subSectors.flatMap((s) => subSectorPlacePoints(s))).toEqual([]);
  });
});

describe('sub-sector place layers', () => {
  it('are present and hidden with no sub-sector, visible with one that names districts', () => {
    const hidden = buildDeckLayers(input(null, shapes)).find((l) => l.id === 'sub-sector-places')!;
    expect(hidden.props.visible).toBe(false);
    const shown = buildDeckLayers(input(fuel, shapes));
    expect(shown.find((l) => l.id === 'sub-sector-places')!.props.visible).toBe(true);
    expect((shown.find((l) => l.id === 'sub-sector-places')!.props.data as unknown[]).length).toBe(4);
    expect(shown.find((l) => l.id === 'sub-sector-place-labels')!.props.visible).toBe(true);
    expect(shown.find((l) => l.id === 'sub-sector-place-points')!.props.visible).toBe(false);
  });

  it('are explained in the legend: districts outlined, towns and parks without a location counted', () => {
    const section = buildLegend(model, applyFilters(model, filters), show, sub('light_industry_textiles.furniture')).at(-1)!;
    const labels = section.entries.map((e) => e.label.en);
    expect(labels.some((l) => l.startsWith('Districts and counties'))).toBe(true);
    expect(section.entries.find((e) => e.label.en.startsWith('Districts'))!.count).toBe(6);
    expect(section.entries.find((e) => e.label.en.startsWith('Towns'))!.count).toBe(10);
  });
});
