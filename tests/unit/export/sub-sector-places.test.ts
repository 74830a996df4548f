import { describe, expect, it } from 'vitest';
import { toCSV } from '../../../src/export/csv.ts';
import { toGeoJSON } from '../../../src/export/geojson.ts';
import { layerTables } from '../../../src/export/tables.ts';
import { applyFilters } from '../../../src/filters/apply.ts';
import { parseQuery } from '../../../src/filters/query.ts';
import { SUB_SECTOR_PLACE_COLUMNS } from '../../../src/model/index.ts';
import { features, model } from '../../load-repo.ts';

const visibleOf = (query: string) => applyFilters(model, parseQuery(query).state.filters);
const collection = (query: string) => JSON.parse(toGeoJSON(model, features, visibleOf(query), 'sub-sector-places'));
const total = model.subSectors.reduce((n, s) => n + (s.places?.length ?? 0), 0);

describe('sub-sector places export (--layer sub-sector-places)', () => {
  it('holds every place as a point with the documented flat properties', () => {
    const fc = collection('');
    expect(fc.features).toHaveLength(total);
    expect(fc.metadata).toMatchObject({ layer: 'sub-sector-places', count: total, total });
    expect(Object.keys(fc.features[0].properties)).toEqual([...SUB_SECTOR_PLACE_COLUMNS]);
    expect(fc.features.every((f: { geometry: { type: string } }) => f.geometry.type === 'Point')).toBe(true);
  });

  it('puts a district at its interior point and a place without a location at its city’s point, marked city', () => {
    const fc = collection('cluster=automotive');
    const huadu = fc.features.find((f: { id: string }) => f.id === 'automotive.conventional_fuel_vehicles/440100/花都区');
    expect(huadu.properties).toMatchObject({ district: '440114', district_name_zh: '花都区', location_precision: 'district', role: 'base', city_id: '440100' });
    expect(huadu.geometry.coordinates).toEqual(features.districtPoints.get('440114'));
    const park = fc.features.find((f: { id: string }) => f.id === 'automotive.new_energy_vehicles/441200/大旺产业园');
    expect(park.properties).toMatchObject({ district: null, location_precision: 'city' });
    expect(park.geometry.coordinates).toEqual(features.cityPoints.get('441200'));
    expect(park.properties.source_quote).toContain('大旺产业园');
  });

  it('follows the cluster and city filters', () => {
    expect(collection('cluster=automotive').features.every((f: { properties: { cluster: string } }) => f.properties.cluster === 'automotive')).toBe(true);
    const foshan = collection('q=佛山').features.map((f: { properties: { city_id: string } }) => f.properties.city_id);
    expect(foshan.length).toBeGreaterThan(0);
    expect(new Set(foshan)).toEqual(new Set(['440600']));
  });

  it('writes a CSV with the same columns and lon/lat, and one point table for GIS formats', () => {
    const csv = toCSV(features, visibleOf('cluster=light_industry_textiles'), 'sub-sector-places');
    expect(csv.split('\r\n')[0]).toBe([...SUB_SECTOR_PLACE_COLUMNS, 'lon', 'lat'].join(','));
    expect(csv).toContain('江海,district,440704,江海区,district');
    const [table] = layerTables(features, visibleOf(''), 'sub-sector-places', 'wgs84');
    expect(table).toMatchObject({ name: 'sub_sector_places', geometry: 'POINT' });
    expect(table!.rows).toHaveLength(total);
  });
});
