import { RANKS, ZONE_IDS, type Adcode, type Features, type Rank } from '../model/index.ts';
import type { Visible } from './apply.ts';
import type { ShowState } from './state.ts';

/** The table's sortable columns; `rank` and `projects` exist only with a cluster chosen / projects shown. */
const CITY_TABLE_COLUMNS = ['city', 'zone', 'rank', 'core', 'ranked', 'projects'] as const;
export type CityTableColumn = (typeof CITY_TABLE_COLUMNS)[number];

export interface CityTableSort { column: CityTableColumn; descending: boolean }
/** The plan's own order: by adcode, as the documents list the cities. */
export const DEFAULT_TABLE_SORT: CityTableSort = { column: 'city', descending: false };

export interface CityTableRow {
  id: Adcode;
  name_zh: string;
  name_en: string;
  zone: (typeof ZONE_IDS)[number];
  metros: { id: string; part: boolean }[]; // the city's metropolitan areas; part: only its urban part belongs
  rank: Rank | null;    // in the chosen cluster; null without one, or unranked
  core: number;         // clusters ranked ★★★
  ranked: number;       // clusters with any rank
  projects: number;     // visible projects counted at the first city each names, as the map's bubbles
}

export interface CityTable {
  columns: CityTableColumn[];
  rows: CityTableRow[];
}

// a higher rank sorts first when descending: ★★★ > ★★ > ★ > none
const rankValue = (rank: Rank | null) => (rank === null ? 0 : RANKS.length - RANKS.indexOf(rank));
const sortValue: Record<CityTableColumn, (row: CityTableRow) => number> = {
  city: () => 0, // ties fall to the adcode
  zone: (row) => ZONE_IDS.indexOf(row.zone),
  rank: (row) => rankValue(row.rank),
  core: (row) => row.core,
  ranked: (row) => row.ranked,
  projects: (row) => row.projects,
};

/** A city's metropolitan areas from its flat properties: ids and scopes, comma-joined in the same order. */
function metrosOf(ids: string, scopes: string): CityTableRow['metros'] {
  const scope = scopes.split(',');
  return ids ? ids.split(',').map((id, i) => ({ id, part: scope[i] === 'part' })) : [];
}

/**
 * The cities the filters leave visible, as the table shows them: the same features the map draws and
 * the export writes, sorted by one column (ties in the plan's adcode order, which descending reverses
 * only for the city column itself).
 */
export function cityTable(features: Features, visible: Visible, layers: ShowState['layers'], sort: CityTableSort): CityTable {
  const cluster = visible.filters.cluster;
  const showProjects = layers.includes('projects');
  const perCity = showProjects ? visible.projectsPerFirstCity : null;
  const rows = features.cities.features.filter((f) => visible.cityIds.has(f.id)).map((f): CityTableRow => ({
    id: f.id,
    name_zh: f.properties.name_zh,
    name_en: f.properties.name_en,
    zone: f.properties.zone,
    metros: metrosOf(f.properties.metro_area, f.properties.metro_scope),
    rank: cluster ? f.properties[`rank_${cluster}`] : null,
    core: f.properties.core_count,
    ranked: f.properties.cluster_count,
    projects: perCity?.get(f.id) ?? 0,
  }));
  const columns = CITY_TABLE_COLUMNS.filter((c) => (c !== 'rank' || cluster) && (c !== 'projects' || showProjects));
  // a column the table no longer has (the cluster was cleared) sorts as the default
  const { column, descending } = columns.includes(sort.column) ? sort : DEFAULT_TABLE_SORT;
  const sign = descending ? -1 : 1;
  const byId = (a: CityTableRow, b: CityTableRow) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  rows.sort((a, b) => sign * (sortValue[column](a) - sortValue[column](b)) || (column === 'city' ? sign : 1) * byId(a, b));
  return { columns, rows };
}

/** The sort after a click on a column's header: that column, highest first for numbers, or the other way round. */
export function nextSort(current: CityTableSort, column: CityTableColumn): CityTableSort {
  if (current.column === column) return { column, descending: !current.descending };
  return { column, descending: column !== 'city' && column !== 'zone' };
}
