import type { Visible } from '../filters/apply.ts';
import { CORRIDOR_COLUMNS, PROJECT_COLUMNS, type Features } from '../model/index.ts';
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

/** CSV text (RFC 4180, CRLF) with the export's properties plus lon/lat of a point inside each feature. */
export function toCSV(features: Features, visible: Visible, layer: ExportLayer, options: { bom?: boolean } = {}): string {
  const rows = selectFeatures(features, visible, layer);
  const keys = rows[0] ? Object.keys(rows[0].feature.properties ?? {}) : headerFor(features, layer);
  const lines = [[...keys, 'lon', 'lat'].join(',')];
  for (const { feature, point } of rows) {
    const props = feature.properties ?? {};
    const round = (n: number | undefined) => (n === undefined ? null : Math.round(n * 1e6) / 1e6);
    lines.push([...keys.map((k) => props[k] ?? null), round(point?.[0]), round(point?.[1])].map(csvCell).join(','));
  }
  return (options.bom ? BOM : '') + lines.join('\r\n') + '\r\n';
}

/** The header of an empty export still names the columns. */
function headerFor(features: Features, layer: ExportLayer): string[] {
  if (layer === 'projects') return [...PROJECT_COLUMNS];
  if (layer === 'corridors') return [...CORRIDOR_COLUMNS];
  const first = { cities: features.cities, zones: features.zones, metro: features.metros }[layer].features[0];
  return first ? Object.keys(first.properties) : [];
}
