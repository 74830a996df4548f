import type { Position } from 'geojson';
import type { Visible } from '../filters/apply.ts';
import { COUNT_STEPS, IMPORTED_COLOR, KIND_COLORS, METRO_COLORS, RANK_COLORS, UNRANKED, ZONE_COLORS, countColor, type RGBA } from '../layers/palette.ts';
import type { ClusterId, Features, Model } from '../model/index.ts';
import { CRS_NOTE, type ExportCrs } from './crs.ts';
import type { ExportLayer } from './select.ts';
import { layerTables, type ExportTable, type TableRow, type Value } from './tables.ts';

export interface KmlOptions {
  layers: readonly ExportLayer[]; // one folder each
  crs: ExportCrs;
  cluster: ClusterId | null;      // cities are coloured by their rank in it, as on the map (else by core count)
  extra?: ExportTable[];          // the page's imported layer
}

const FOLDER_NAME: Record<string, string> = { cities: '地级以上市 Cities', zones: '区域 Zones', metro: '都市圈 Metropolitan areas', projects: '重大项目 Projects' };
const FACTS = ['zone', 'metro_area', 'metro_scope', 'kind', 'cities', 'city_names_zh', 'core_count', 'key_count', 'cluster_count', 'city_count', 'center', 'full_members', 'part_members', 'site'];

/** XML text: the five special characters escaped, characters XML 1.0 forbids dropped. */
export const xmlText = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
  .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const hex = (n: number) => n.toString(16).padStart(2, '0');
/** KML colours are aabbggrr. */
const kmlColor = ([r, g, b, a]: RGBA, alpha = a) => `${hex(alpha)}${hex(b)}${hex(g)}${hex(r)}`;

/** The style (id and colour) of a row, matching what the map draws. */
function styleOf(layer: string, p: Record<string, Value>, cluster: ClusterId | null): [string, RGBA] {
  switch (layer) {
    case 'cities': {
      if (cluster) { const rank = p[`rank_${cluster}`]; return rank && rank in RANK_COLORS ? [`rank-${rank}`, RANK_COLORS[rank as keyof typeof RANK_COLORS]] : ['unranked', UNRANKED]; }
      const c = countColor(Number(p.core_count ?? 0));
      return [`count-${COUNT_STEPS.findIndex((s) => s.color === c)}`, c];
    }
    case 'zones': return [`zone-${p.zone}`, ZONE_COLORS[p.zone as keyof typeof ZONE_COLORS] ?? UNRANKED];
    case 'metro': return [`metro-${p.metro}`, METRO_COLORS[p.metro as keyof typeof METRO_COLORS] ?? UNRANKED];
    case 'projects': return [`kind-${p.kind}`, KIND_COLORS[p.kind as keyof typeof KIND_COLORS] ?? KIND_COLORS.other];
    default: return ['imported', IMPORTED_COLOR];
  }
}

function styleXml(id: string, color: RGBA, layer: string): string {
  const fillAlpha = layer === 'metro' ? 0x33 : layer === 'zones' ? 0x59 : 0xb3;
  const line = layer === 'cities' ? 'ffffffff' : kmlColor(color);
  return `<Style id="${id}"><IconStyle><color>${kmlColor(color)}</color><scale>0.8</scale></IconStyle>`
    + `<LineStyle><color>${line}</color><width>${layer === 'projects' ? 3 : 1.5}</width></LineStyle>`
    + `<PolyStyle><color>${kmlColor(color, fillAlpha)}</color></PolyStyle></Style>`;
}

const coords = (r: Position[]) => `<coordinates>${r.map((p) => `${p[0]},${p[1]}`).join(' ')}</coordinates>`;
function geometryXml(row: TableRow): string {
  const g = row.geometry;
  const polygon = (rings: Position[][]) => `<Polygon>${rings.map((r, i) => (i === 0 ? `<outerBoundaryIs><LinearRing>${coords(r)}</LinearRing></outerBoundaryIs>` : `<innerBoundaryIs><LinearRing>${coords(r)}</LinearRing></innerBoundaryIs>`)).join('')}</Polygon>`;
  switch (g.type) {
    case 'Point': return `<Point>${coords([g.coordinates])}</Point>`;
    case 'LineString': return `<LineString><tessellate>1</tessellate>${coords(g.coordinates)}</LineString>`;
    case 'MultiLineString': return `<MultiGeometry>${g.coordinates.map((l) => `<LineString>${coords(l)}</LineString>`).join('')}</MultiGeometry>`;
    case 'Polygon': return polygon(g.coordinates);
    case 'MultiPolygon': return `<MultiGeometry>${g.coordinates.map(polygon).join('')}</MultiGeometry>`;
    default: throw new Error(`kml: unsupported geometry ${g.type}`);
  }
}

/** The description: facts as "key: value" lines, then the source quote (plain text; KML viewers show it escaped). */
function description(p: Record<string, Value>): string {
  const lines = FACTS.filter((k) => p[k] !== null && p[k] !== undefined && p[k] !== '').map((k) => `${k}: ${p[k]}`);
  if (p.source_quote) lines.push('', `「${p.source_quote}」`, `— ${p.source_doc ?? ''} ${p.source_section ?? ''}`.trimEnd());
  return lines.join('\n');
}

function placemark(t: ExportTable, row: TableRow, style: string): string {
  const p = Object.fromEntries(t.columns.map((c, i) => [c.name, row.values[i] ?? null]));
  const name = [p.name_zh, p.name_en].filter((v) => v !== null && v !== undefined && v !== '').join(' ') || row.id;
  const data = t.columns.map((c, i) => (row.values[i] === null || row.values[i] === undefined ? '' : `<SimpleData name="${xmlText(c.name)}">${xmlText(String(row.values[i]))}</SimpleData>`)).join('');
  // ids are unique across the document: a plan layer's prefixed (an imported row's id already came from a file)
  return `<Placemark id="${xmlText(t.layer === 'imported' ? row.id : `${t.layer}-${row.id}`)}"><name>${xmlText(String(name))}</name><description>${xmlText(description(p))}</description>`
    + `<styleUrl>#${style}</styleUrl><ExtendedData><SchemaData schemaUrl="#${xmlText(t.layer)}">${data}</SchemaData></ExtendedData>${geometryXml(row)}</Placemark>`;
}

/** KML 2.2: one folder per layer, shared styles in the map's colours, each feature's facts and source quote as text. */
export function toKML(model: Model, features: Features, visible: Visible, options: KmlOptions): string {
  const tables = [...options.layers.flatMap((l) => layerTables(features, visible, l, options.crs)), ...(options.extra ?? [])];
  const styles = new Map<string, string>();
  const folders = new Map<string, string[]>();
  for (const t of tables) {
    const marks = folders.get(t.layer) ?? [];
    folders.set(t.layer, marks);
    for (const row of t.rows) {
      const p = Object.fromEntries(t.columns.map((c, i) => [c.name, row.values[i] ?? null]));
      const [id, color] = styleOf(t.layer, p, options.cluster);
      if (!styles.has(id)) styles.set(id, styleXml(id, color, t.layer));
      marks.push(placemark(t, row, id));
    }
  }
  // typed columns (a Schema per layer), so numbers stay numbers in GIS tools
  const KML_TYPE = { text: 'string', integer: 'int', real: 'double' } as const;
  const schemas = [...new Map(tables.map((t) => [t.layer, t])).values()].map((t) => `<Schema name="${xmlText(t.layer)}" id="${xmlText(t.layer)}">${t.columns.map((c) => `<SimpleField name="${xmlText(c.name)}" type="${KML_TYPE[c.type]}"/>`).join('')}</Schema>`);
  const about = `filters: ${visible.filterKey || '(none)'}\ndata_version: ${model.version}\ncrs: ${options.crs} — ${CRS_NOTE[options.crs]}`;
  const body = [...folders].map(([layer, marks]) => `<Folder id="${xmlText(layer)}"><name>${xmlText(layer)}</name><description>${xmlText(FOLDER_NAME[layer] ?? layer)}</description>\n${marks.join('\n')}\n</Folder>`);
  // xmlns is the KML 2.2 namespace name the format requires: an identifier, never fetched
  return `<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>广东省区域发展布局地图 Guangdong Regional Layout Map</name>`
    + `<description>${xmlText(about)}</description>\n${schemas.join('\n')}\n${[...styles.values()].sort().join('\n')}\n${body.join('\n')}\n</Document></kml>\n`;
}
