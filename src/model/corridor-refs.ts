import type { Corridor } from './corridor.ts';
import type { LoadError } from './load-error.ts';

const FILE = 'corridors.json';

/**
 * Checks what the schema cannot: unique ids and names (one record per axis), no city or district
 * listed twice, and segments that split the cities in order. Returns the first problem, or null.
 */
export function checkCorridors(corridors: Corridor[]): LoadError | null {
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const [i, c] of corridors.entries()) {
    const at = (field: string, message: string): LoadError => ({ file: FILE, record: `${i} (${c.id})`, field, message });
    if (ids.has(c.id)) return at('id', 'duplicate id');
    if (names.has(c.name_zh)) return at('name_zh', `another record already names ${c.name_zh}: merge the two and keep both sources`);
    ids.add(c.id);
    names.add(c.name_zh);
    if (new Set(c.cities).size !== c.cities.length) return at('cities', 'a city is listed twice');
    if (new Set(c.districts).size !== c.districts.length) return at('districts', 'a district is listed twice');
    if (c.segments && c.segments.flat().join(',') !== c.cities.join(',')) {
      return at('segments', 'segments must list the cities in the same order, each once');
    }
    if (c.geometry === 'line' && c.districts.length === 0 && c.cities.length < 2) {
      return at('geometry', 'a line needs at least two places');
    }
  }
  return null;
}
