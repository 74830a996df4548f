import { corridorShape } from './corridor-geometry.ts';
import type { CorridorFeature } from './features.ts';
import type { Adcode } from './ids.ts';
import type { Model } from './model.ts';

type LonLat = [number, number];

/**
 * Corridors as flat-property features: drawn through the cities' label points, or through the
 * districts' points where the record names districts (see data/README.md, corridors.json).
 */
export function joinCorridors(model: Model, cityPoints: Map<Adcode, LonLat>, districtPoints: Map<string, LonLat>):
  { corridors: CorridorFeature[]; corridorPoints: Map<string, LonLat> } {
  const nameOf = new Map(model.cities.map((c) => [c.id, c.name_zh]));
  const point = (code: string, kind: string): LonLat => {
    const p = kind === 'city' ? cityPoints.get(code as Adcode) : districtPoints.get(code);
    if (!p) throw new Error(`corridors: no point for ${kind} ${code}`);
    return p;
  };
  const corridorPoints = new Map<string, LonLat>();
  const corridors = model.corridors.map((c): CorridorFeature => {
    const byDistrict = c.districts.length > 0;
    const parts = byDistrict ? [c.districts.map((d) => point(d, 'district'))]
      : (c.segments ?? [c.cities]).map((part) => part.map((city) => point(city, 'city')));
    const places = parts.flat();
    corridorPoints.set(c.id, places[Math.floor((places.length - 1) / 2)]!);
    const first = c.sources[0]!;
    return {
      type: 'Feature', id: c.id,
      geometry: corridorShape(c.geometry, parts, byDistrict ? 'district' : 'city'),
      properties: {
        corridor_id: c.id, name_zh: c.name_zh, name_en: c.name_en, kind: c.kind,
        cities: c.cities.join(','), city_names_zh: c.cities.map((id) => nameOf.get(id) ?? id).join(','),
        districts: c.districts.join(','), clusters: c.clusters.join(','), geometry_mode: c.geometry,
        placement: c.placement, outside_zh: c.outside_zh.join(','),
        source_count: c.sources.length, source_docs: [...new Set(c.sources.map((s) => s.doc))].join(','),
        source_doc: first.doc, source_section: first.section, source_quote: first.quote,
      },
    };
  });
  return { corridors, corridorPoints };
}
