import type { Adcode } from './ids.ts';
import type { Model } from './model.ts';
import type { SubSectorPlaceFeature } from './features.ts';

/**
 * The sub-sectors' places as flat point features for export: a place drawn as a district sits at the
 * district's interior point; one the text gives no location for sits at its city's label point, marked
 * `location_precision: city` (the data keep `place: null`; nothing finer is invented).
 */
export function joinSubSectorPlaces(model: Model, cityPoints: ReadonlyMap<Adcode, [number, number]>,
  districtPoints: ReadonlyMap<string, [number, number]>, districtNames: ReadonlyMap<string, string>): SubSectorPlaceFeature[] {
  const cityName = new Map(model.cities.map((c) => [c.id, c.name_zh]));
  return model.subSectors.flatMap((s) => (s.places ?? []).map((p) => {
    const atDistrict = p.district !== null ? districtPoints.get(p.district) : undefined;
    const point = p.place ?? atDistrict ?? cityPoints.get(p.city)!;
    const id = `${s.id}/${p.city}/${p.name_zh}`;
    return {
      type: 'Feature', id, geometry: { type: 'Point', coordinates: point },
      properties: {
        place_id: id, sub_sector_id: s.id, sub_sector_zh: s.name_zh, sub_sector_en: s.name_en, cluster: s.cluster,
        city_id: p.city, city_name_zh: cityName.get(p.city) ?? p.city,
        role: s.cities.find((m) => m.city === p.city)?.role ?? 'named',
        place_zh: p.name_zh, place_kind: p.kind, district: p.district, district_name_zh: p.district ? districtNames.get(p.district) ?? null : null,
        location_precision: p.place ? 'site' : atDistrict ? 'district' : 'city', note: p.note ?? null,
        source_doc: p.source.doc, source_section: p.source.section, source_quote: p.source.quote,
      },
    } satisfies SubSectorPlaceFeature;
  }));
}
