import { foldText as fold } from '../filters/text-match.ts';

/** Column names that locate a row, most specific first (compared after `fold`). */
const LON_COLUMNS = ['lon', 'lng', 'long', 'longitude', '经度', '东经', 'x'] as const;
const LAT_COLUMNS = ['lat', 'latitude', '纬度', '北纬', 'y'] as const;
const CITY_COLUMNS = [
  'city_id', 'adcode', 'city', 'city_name', 'city_zh', 'city_en', '城市', '地市', '地级市', '所在城市', '所属城市',
  '所在地市', '城市名称', '市', 'name_zh', 'name_en',
] as const;
/** name_zh/name_en name a city only in files like the app's own city export, never beside coordinates. */
const NAME_COLUMNS = new Set(['namezh', 'nameen']);
const ID_COLUMNS = ['id', 'feature_id', 'project_id', '编号'] as const;

/** Which columns hold longitude, latitude, a city and an id (indexes into the header; null if absent). */
export interface LocationColumns { lon: number | null; lat: number | null; city: number | null; id: number | null }

/** Finds the location columns of a header (CSV) or of a feature's property names (GeoJSON). */
export function findColumns(header: readonly string[], options: { nameColumns: boolean }): LocationColumns {
  const folded = header.map(fold);
  const find = (candidates: readonly string[]) => {
    for (const c of candidates.map(fold)) {
      if (!options.nameColumns && NAME_COLUMNS.has(c)) continue;
      const index = folded.indexOf(c);
      if (index !== -1) return index;
    }
    return null;
  };
  return { lon: find(LON_COLUMNS), lat: find(LAT_COLUMNS), city: find(CITY_COLUMNS), id: find(ID_COLUMNS) };
}
