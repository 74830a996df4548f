import type { ImportedLayer } from '../import/index.ts';
import { asNumber, numericColumns } from '../layers/choropleth.ts';
import { mapGeometry, positionTo, type ExportCrs } from './crs.ts';
import { GEOMETRY_SUFFIX, asMulti, columnTypes, tableGeometryOf, type ExportTable, type TableGeometry, type TableRow } from './tables.ts';

/** An imported layer's visible features as tables (one per geometry type: imported_point, imported_line, imported_polygon). */
export function importedTables(layer: ImportedLayer, visibleIds: ReadonlySet<string>, crs: ExportCrs): ExportTable[] {
  // numeric columns (every filled cell a number, as a CSV's "100") are written as numbers
  const numeric = new Set(numericColumns(layer.columns, layer.features.map((f) => f.properties)));
  const values = (p: Record<string, string | number | boolean | null>) =>
    Object.fromEntries(layer.columns.map((c) => [c, numeric.has(c) ? asNumber(p[c]) : typeof p[c] === 'boolean' ? String(p[c]) : (p[c] ?? null)]));
  const columns = columnTypes(layer.columns, layer.features.map((f) => values(f.properties)));
  const pos = positionTo(crs);
  const byType = new Map<TableGeometry, TableRow[]>();
  for (const f of layer.features) {
    if (!visibleIds.has(f.id)) continue;
    const geometry = asMulti(mapGeometry(f.geometry, pos));
    const type = tableGeometryOf(geometry);
    const p = values(f.properties);
    const rows = byType.get(type) ?? [];
    if (!rows.length) byType.set(type, rows);
    rows.push({ id: f.id, values: columns.map((c) => p[c.name] ?? null), geometry });
  }
  return [...byType].map(([geometry, rows]) => ({ name: `imported_${GEOMETRY_SUFFIX[geometry]}`, layer: 'imported', geometry, columns, rows }));
}
