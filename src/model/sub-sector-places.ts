import type { LoadError } from './load-error.ts';
import { COUNTY_LEVEL_KINDS, type SubSector, type SubSectorPlace } from './sub-sector.ts';

const FILE = 'sub-sectors.json';

/** True where the map can draw the place: a county-level unit to outline or a point. */
export const placeDrawn = (p: SubSectorPlace): boolean => p.district !== null || p.place !== null;

/**
 * Checks what the schema cannot for the places inside cities: each lies in a city the item names,
 * its district belongs to that city (same first four digits), a 区/县/县级市 has its district code,
 * the quote contains the place's name, a place that cannot be drawn says why, and no place is listed
 * twice. Returns the first problem, or null.
 */
export function checkSubSectorPlaces(subSectors: SubSector[]): LoadError | null {
  for (const [i, s] of subSectors.entries()) {
    const seen = new Set<string>();
    for (const [j, p] of (s.places ?? []).entries()) {
      const at = (field: string, message: string): LoadError => ({ file: FILE, record: `${i} (${s.id})`, field: `places.${j}.${field}`, message });
      if (!s.cities.some((m) => m.city === p.city)) return at('city', `${p.city} is not one of the item's cities`);
      if (p.district !== null && p.district.slice(0, 4) !== p.city.slice(0, 4)) return at('district', `${p.district} is not in city ${p.city}`);
      if (COUNTY_LEVEL_KINDS.includes(p.kind) && p.district === null) return at('district', `a ${p.kind} needs its county-level adcode`);
      if (!p.source.quote.includes(p.name_zh)) return at('source.quote', `the quote must contain the place's name ${p.name_zh}`);
      if (!placeDrawn(p) && !p.note) return at('note', 'a place with no district and no point needs a note saying why');
      const key = `${p.city}/${p.name_zh}`;
      if (seen.has(key)) return at('name_zh', `${p.name_zh} is listed twice`);
      seen.add(key);
    }
  }
  return null;
}
