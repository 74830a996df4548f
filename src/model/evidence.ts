import type { City } from './city.ts';
import type { Cluster } from './cluster.ts';
import type { Adcode, ClusterId, Rank, ZoneId } from './ids.ts';
import type { Model } from './model.ts';
import type { SourceRef } from './source.ts';

/**
 * What a planner checks a fact read from a table against: which table, the row, the column under its
 * group heading, and the cell as printed. Words in `table`, `row`, `group`, `column` and `cell` are the
 * document's own (Chinese); the UI labels them.
 */
export interface TableEvidence {
  doc: string;
  table: string;   // e.g. 附件1 “十大”战略性新兴产业布局
  row: string | null; // the cluster as the row heads it, e.g. 16. 新能源; null for a column fact (a city's zone)
  group: string;   // the column group heading over the city, e.g. 珠三角地区
  column: string;  // the city as the column heads it, e.g. 广州
  cell: string | null; // as printed: ★★★ / ★★★★ / ★★ / ★, '' for a blank cell; null for a column fact
}

/** 附件1's column group headings, as printed over the cities of each zone (both tables). */
export const TABLE_GROUP_HEADINGS: Record<ZoneId, string> = {
  prd: '珠三角地区',
  east_wing: '沿海经济带东翼',
  west_wing: '沿海经济带西翼',
  north: '北部生态发展区',
};

/** The stars as each 附件1 table prints them: the emerging table marks core cities ★★★★. */
const PRINTED = {
  pillar: { core: '★★★', key: '★★', general: '★' },
  emerging: { core: '★★★★', key: '★★', general: '★' },
} as const;

/** The 附件1 cell behind a city's rank in a cluster. */
export function rankEvidence(model: Model, city: Adcode, cluster: ClusterId): TableEvidence {
  const row = model.ranks.find((r) => r.cluster === cluster)!;
  return cellEvidence(model.cities.find((x) => x.id === city)!, model.clusters.find((x) => x.id === cluster)!, row.ranks[city] ?? null, row.source);
}

/** The same from the pieces a city's detail already holds: the city, the cluster, its rank and the row's source. */
export function cellEvidence(city: Pick<City, 'zone' | 'short_zh'>, cluster: Pick<Cluster, 'group'>, rank: Rank | null, rowSource: SourceRef): TableEvidence {
  return {
    doc: rowSource.doc,
    table: rowSource.section,
    row: rowSource.quote,
    group: TABLE_GROUP_HEADINGS[city.zone],
    column: city.short_zh,
    cell: rank ? PRINTED[cluster.group][rank] : '',
  };
}

/** The 附件1 column that puts a city in its zone: the group heading over the city's column (first table). */
export function zoneEvidence(model: Model, city: Adcode): TableEvidence {
  return columnEvidence(model.cities.find((x) => x.id === city)!, model.ranks.find((r) => r.cluster === model.clusters[0]!.id)!.source);
}

/** The same from a city and the source of any row of the first table. */
export function columnEvidence(city: Pick<City, 'zone' | 'short_zh'>, tableSource: SourceRef): TableEvidence {
  return { doc: tableSource.doc, table: tableSource.section, row: null, group: TABLE_GROUP_HEADINGS[city.zone], column: city.short_zh, cell: null };
}
