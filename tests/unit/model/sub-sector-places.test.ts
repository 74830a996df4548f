import { describe, expect, it } from 'vitest';
import { checkSubSectorPlaces, type SubSector, type SubSectorPlace } from '../../../src/model/index.ts';

const source = { doc: 'gd-manufacturing-fyp' as const, section: '专栏4', quote: '广州以花都区、番禺区、南沙区为核心' };
const item = (places: SubSectorPlace[]): SubSector => ({
  id: 'automotive.conventional_fuel_vehicles', cluster: 'automotive', number: 1, name_zh: '传统燃油汽车', name_en: 'Fuel vehicles', source,
  cities: [{ city: '440100', role: 'base', role_zh: '依托', source }], places,
});
const huadu: SubSectorPlace = { city: '440100', name_zh: '花都区', kind: 'district', district: '440114', place: null, source };

describe('checkSubSectorPlaces', () => {
  it('accepts a district of the item’s own city quoted by name', () => {
    expect(checkSubSectorPlaces([item([huadu])])).toBeNull();
  });

  it('rejects a district of another city, naming file, record and field', () => {
    const error = checkSubSectorPlaces([item([{ ...huadu, district: '440605' }])]);
    expect(error).toMatchObject({ file: 'sub-sectors.json', record: '0 (automotive.conventional_fuel_vehicles)', field: 'places.0.district' });
  });

  it('rejects a place in a city the item does not name', () => {
    expect(checkSubSectorPlaces([item([{ ...huadu, city: '440300', district: '440310' }])])?.field).toBe('places.0.city');
  });

  it('rejects a 区 without its adcode and a quote without the place’s name', () => {
    expect(checkSubSectorPlaces([item([{ ...huadu, district: null }])])?.field).toBe('places.0.district');
    expect(checkSubSectorPlaces([item([{ ...huadu, name_zh: '白云区', district: '440111' }])])?.field).toBe('places.0.source.quote');
  });

  it('asks for a note where a park can be neither outlined nor placed, and rejects a place listed twice', () => {
    const park: SubSectorPlace = { ...huadu, name_zh: '南沙', kind: 'park', district: null };
    expect(checkSubSectorPlaces([item([park])])?.field).toBe('places.0.note');
    expect(checkSubSectorPlaces([item([{ ...park, note: 'no district given' }])])).toBeNull();
    expect(checkSubSectorPlaces([item([huadu, huadu])])?.field).toBe('places.1.name_zh');
  });
});
