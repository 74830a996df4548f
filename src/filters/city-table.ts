import { RANKS, ZONE_IDS, type Adcode, type Features, type Rank } from '../model/index.ts';
import type { Visible } from './apply.ts';
import { DEFAULT_SHOW, TABLE_COLUMNS as CITY_TABLE_COLUMNS, type Lang, type ShowState, type TableColumn, type TableSort } from './state.ts';

export type CityTableColumn = TableColumn;
export type CityTableSort = TableSort;
/** By the city's name as shown (pinyin order in Chinese, alphabetical in English), A first. */
export const DEFAULT_TABLE_SORT: CityTableSort = DEFAULT_SHOW.sort;

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
  city: () => 0, // compared by name below
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

const COLLATORS: Record<Lang, Intl.Collator> = { zh: new Intl.Collator('zh-Hans-CN'), en: new Intl.Collator('en') };

/**
 * The cities the filters leave visible, as the table shows them: the same features the map draws and
 * the export writes, sorted by one column; the city column by the name shown in `lang` (pinyin order for
 * Chinese), either way round; ties in the other columns by that name, A first.
 */
export function cityTable(features: Features, visible: Visible, layers: ShowState['layers'], sort: CityTableSort, lang: Lang = 'zh'): CityTable {
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
  const collator = COLLATORS[lang];
  const byName = (a: CityTableRow, b: CityTableRow) => (lang === 'zh' ? collator.compare(a.name_zh, b.name_zh) : collator.compare(a.name_en, b.name_en)) || (a.id < b.id ? -1 : 1);
  rows.sort((a, b) => sign * (sortValue[column](a) - sortValue[column](b)) || (column === 'city' ? sign : 1) * byName(a, b));
  return { columns, rows };
}

/** The sort after a click on a column's header: that column, highest first for numbers, or the other way round. */
export function nextSort(current: CityTableSort, column: CityTableColumn): CityTableSort {
  if (current.column === column) return { column, descending: !current.descending };
  return { column, descending: column !== 'city' && column !== 'zone' };
}
