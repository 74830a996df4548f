import type { Visible } from '../filters/apply.ts';
import { both, joinList, rankText } from '../i18n/strings.ts';
import { CORRIDOR_COLUMNS, PROJECT_COLUMNS, SUB_SECTOR_PLACE_COLUMNS, type Features } from '../model/index.ts';
import { positionTo, type ExportCrs } from './crs.ts';
import { selectFeatures, type ExportLayer } from './select.ts';

export const BOM = '\uFEFF';

/**
 * Quotes a CSV cell when needed and defuses spreadsheet formulas (=, +, -, @, tab, CR at the start);
 * a plain signed number such as "-7" is not a formula and stays as it is.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const formula = /^[=+\-@\t\r]/.test(value) && !/^[+-]?\d+(\.\d+)?$/.test(value);
  const text = formula ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

type Props = Record<string, unknown>;
type Cell = string | number | null;
/** A column of words written beside a column of codes, for a spreadsheet reader. */
interface LabelColumn { name: string; value: (props: Props) => Cell }

/** A comma-joined list of codes as words, joined as the language writes lists; null when empty. */
const listOf = (value: unknown, word: (id: string) => string | undefined, lang: 'zh' | 'en'): string | null =>
  typeof value === 'string' && value !== '' ? joinList(value.split(',').map((id) => word(id) ?? id), lang) : null;

/**
 * The label columns that follow a code column: zone and metro names from the features themselves, role,
 * scope, rank and kind words from the strings table. GeoJSON keeps the codes alone.
 */
function labelColumns(features: Features, layer: ExportLayer, key: string): LabelColumn[] {
  if (layer === 'zones' || layer === 'metro' || layer === 'corridors') return []; // their codes are the feature's own id, named beside it
  const zones = new Map(features.zones.features.map((f) => [f.properties.zone as string, f.properties]));
  const metros = new Map(features.metros.features.map((f) => [f.properties.metro as string, f.properties]));
  const pair = (name: string, zh: (p: Props) => Cell, en: (p: Props) => Cell): LabelColumn[] =>
    [{ name: `${name}_zh`, value: zh }, { name: `${name}_en`, value: en }];
  const list = listOf;
  if (key === 'zone') return pair('zone', (p) => zones.get(p.zone as string)?.name_zh ?? null, (p) => zones.get(p.zone as string)?.name_en ?? null);
  if (key === 'metro_area') return pair('metro_area', (p) => list(p.metro_area, (id) => metros.get(id)?.name_zh, 'zh'), (p) => list(p.metro_area, (id) => metros.get(id)?.name_en, 'en'));
  if (key === 'metro_scope') {
    const scope = (id: string) => both(id === 'full' ? 'metroFull' : 'metroPart');
    return pair('metro_scope', (p) => list(p.metro_scope, (id) => scope(id).zh, 'zh'), (p) => list(p.metro_scope, (id) => scope(id).en, 'en'));
  }
  if (key === 'roles') {
    const role = (id: string) => both(`role.${id}` as Parameters<typeof both>[0]);
    return pair('roles', (p) => list(p.roles, (id) => role(id).zh, 'zh'), (p) => list(p.roles, (id) => role(id).en, 'en'));
  }
  if (key === 'kind') {
    const kind = (id: string) => both(`kind.${id}` as Parameters<typeof both>[0]);
    return pair('kind', (p) => (typeof p.kind === 'string' ? kind(p.kind).zh : null), (p) => (typeof p.kind === 'string' ? kind(p.kind).en : null));
  }
  if (key.startsWith('rank_')) {
    return [{
      name: `${key}_label`,
      value: (p) => {
        const rank = p[key] as 'core' | 'key' | 'general' | null;
        return rank ? `${rankText(rank, 'zh')} / ${rankText(rank, 'en')}` : null;
      },
    }];
  }
  return [];
}

/** The CSV's columns: each property, followed by its label columns where it holds codes. */
function columnsFor(features: Features, layer: ExportLayer, keys: string[]): LabelColumn[] {
  return keys.flatMap((key) => [{ name: key, value: (p: Props) => (p[key] ?? null) as Cell }, ...labelColumns(features, layer, key)]);
}

/** CSV text (RFC 4180, CRLF) with the export's properties, label columns beside codes, and lon/lat of a point inside each feature. */
export function toCSV(features: Features, visible: Visible, layer: ExportLayer, options: { bom?: boolean; crs?: ExportCrs } = {}): string {
  const pos = positionTo(options.crs ?? 'wgs84');
  const rows = selectFeatures(features, visible, layer);
  const keys = rows[0] ? Object.keys(rows[0].feature.properties ?? {}) : headerFor(features, layer);
  const columns = columnsFor(features, layer, keys);
  const lines = [[...columns.map((c) => c.name), 'lon', 'lat'].join(',')];
  for (const { feature, point } of rows) {
    const props = (feature.properties ?? {}) as Props;
    const at = point ? pos(point) : [null, null];
    lines.push([...columns.map((c) => c.value(props)), at[0]!, at[1]!].map(csvCell).join(','));
  }
  return (options.bom ? BOM : '') + lines.join('\r\n') + '\r\n';
}

/** The header of an empty export still names the columns. */
function headerFor(features: Features, layer: ExportLayer): string[] {
  if (layer === 'projects') return [...PROJECT_COLUMNS];
  if (layer === 'corridors') return [...CORRIDOR_COLUMNS];
  if (layer === 'sub-sector-places') return [...SUB_SECTOR_PLACE_COLUMNS];
  const first = { cities: features.cities, zones: features.zones, metro: features.metros }[layer].features[0];
  return first ? Object.keys(first.properties) : [];
}
