import type { Geometry, MultiPolygon } from 'geojson';
import type { Visible } from '../filters/apply.ts';
import { PROJECT_COLUMNS, SUB_SECTOR_PLACE_COLUMNS, type Features } from '../model/index.ts';
import { mapGeometry, positionTo, type ExportCrs } from './crs.ts';
import { layerFeatures, visibleIndexes, type ExportLayer, type FlatFeature } from './select.ts';

export type Value = string | number | null;
export type ColumnType = 'text' | 'integer' | 'real';
export interface Column { name: string; type: ColumnType }
/** One geometry type per table, as GeoPackage and Shapefile want it. */
export type TableGeometry = 'POINT' | 'LINESTRING' | 'MULTILINESTRING' | 'MULTIPOLYGON';
export interface TableRow { id: string; values: Value[]; geometry: Geometry }

/** The rows of one layer (or one geometry type of it) ready for a tabular format. */
export interface ExportTable {
  name: string;            // table / file name: cities, zones, metro, projects_point, projects_line, imported_…
  layer: string;           // the layer it comes from
  geometry: TableGeometry;
  columns: Column[];       // in property order; the same for every filter (typed over the whole layer)
  rows: TableRow[];
}

/** Column types over a list of rows: integer, real or text (text if any value is a string). */
export function columnTypes(names: readonly string[], rows: Iterable<Record<string, unknown>>): Column[] {
  const types = names.map((): ColumnType | null => null);
  for (const props of rows) {
    names.forEach((n, i) => {
      const v = props[n];
      if (v === null || v === undefined || types[i] === 'text') return;
      const t: ColumnType = typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'real') : 'text';
      types[i] = types[i] === null ? t : types[i] === t ? t : t === 'text' ? 'text' : 'real';
    });
  }
  return names.map((name, i) => ({ name, type: types[i] ?? 'text' }));
}

const columnCache = new WeakMap<readonly FlatFeature[], Column[]>();
function layerColumns(list: readonly FlatFeature[], fallback: readonly string[]): Column[] {
  let cols = columnCache.get(list);
  if (!cols) columnCache.set(list, (cols = columnTypes(list[0] ? Object.keys(list[0].properties) : fallback, list.map((f) => f.properties))));
  return cols;
}

/** Polygons become one-part MultiPolygons, so a table holds one geometry type. */
export function asMulti(g: Geometry): Geometry {
  if (g.type === 'Polygon') return { type: 'MultiPolygon', coordinates: [g.coordinates] } satisfies MultiPolygon;
  return g;
}

/** Which table of a layer a geometry goes to. */
export function tableGeometryOf(g: Geometry): TableGeometry {
  switch (g.type) {
    case 'Point': return 'POINT';
    case 'LineString': return 'LINESTRING';
    case 'MultiLineString': return 'MULTILINESTRING';
    case 'Polygon': case 'MultiPolygon': return 'MULTIPOLYGON';
    default: throw new Error(`export: unsupported geometry ${g.type}`);
  }
}

/** A table name's suffix per geometry type (projects_point, projects_line). */
export const GEOMETRY_SUFFIX: Record<TableGeometry, string> = {
  POINT: 'point', LINESTRING: 'line', MULTILINESTRING: 'multiline', MULTIPOLYGON: 'polygon',
};

/**
 * The visible rows of one layer in the chosen coordinate system: one table for the polygon
 * layers, one per geometry type for projects (points and lines, both always present).
 */
export function layerTables(features: Features, visible: Visible, layer: ExportLayer, crs: ExportCrs): ExportTable[] {
  const list = layerFeatures(features, layer);
  const columns = layerColumns(list, layer === 'projects' ? PROJECT_COLUMNS : layer === 'sub-sector-places' ? SUB_SECTOR_PLACE_COLUMNS : []);
  const pos = positionTo(crs);
  const rows = visibleIndexes(features, visible, layer).map((i): TableRow => {
    const f = list[i]!;
    return { id: f.id, values: columns.map((c) => f.properties[c.name] ?? null), geometry: asMulti(mapGeometry(f.geometry, pos)) };
  });
  if (layer === 'sub-sector-places') return [{ name: 'sub_sector_places', layer, geometry: 'POINT', columns, rows }];
  if (layer !== 'projects') return [{ name: layer, layer, geometry: 'MULTIPOLYGON', columns, rows }];
  const kinds: TableGeometry[] = ['POINT', 'LINESTRING'];
  for (const r of rows) { const k = tableGeometryOf(r.geometry); if (!kinds.includes(k)) kinds.push(k); }
  return kinds.map((k) => ({
    name: `projects_${GEOMETRY_SUFFIX[k]}`, layer, geometry: k, columns,
    rows: rows.filter((r) => tableGeometryOf(r.geometry) === k),
  }));
}

/** [minX, minY, maxX, maxY] of a geometry, or null when it has no positions. */
export function bboxOf(g: Geometry): [number, number, number, number] | null {
  const b = [Infinity, Infinity, -Infinity, -Infinity] as [number, number, number, number];
  const walk = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as number[];
      if (x! < b[0]) b[0] = x!; if (y! < b[1]) b[1] = y!; if (x! > b[2]) b[2] = x!; if (y! > b[3]) b[3] = y!;
    } else for (const d of c as unknown[]) walk(d);
  };
  if (g.type !== 'GeometryCollection') walk(g.coordinates);
  return b[0] === Infinity ? null : b;
}
