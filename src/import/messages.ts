import type { GeometryProblem } from './geometry.ts';
import { clip, type Text } from './issues.ts';
import type { JsonSyntaxError } from './json-syntax.ts';
import { MAX_FEATURES } from './limits.ts';

const count = (n: number) => n.toLocaleString('en-US');

/** File-level messages: format, syntax, structure, limits. */
export const fileText = {
  unknownFormat: (name: string): Text => ({
    zh: `无法判断“${clip(name)}”是 GeoJSON 还是 CSV。请使用 .geojson、.json 或 .csv 扩展名。`,
    en: `Cannot tell whether "${clip(name)}" is GeoJSON or CSV. Use a .geojson, .json or .csv extension.`,
  }),
  unsupported: (kind: string): Text => ({
    zh: `不支持 ${kind} 文件。请先导出为 GeoJSON（WGS84）或 CSV。`,
    en: `${kind} files are not supported. Export as GeoJSON (WGS84) or CSV first.`,
  }),
  jsonNamedCsv: (): Text => ({
    zh: '文件扩展名是 CSV，但内容是 JSON，已按 GeoJSON 读取。',
    en: 'The file is named as CSV but holds JSON; it was read as GeoJSON.',
  }),
  jsonSyntax: (e: JsonSyntaxError): Text => ({
    zh: `JSON 语法错误：第 ${e.line} 行第 ${e.column} 列（字符位置 ${e.offset}）处应为${e.expected.zh}。`,
    en: `JSON syntax error at line ${e.line}, column ${e.column} (position ${e.offset}): expected ${e.expected.en}.`,
  }),
  notGeoJson: (found: string | Text): Text => ({
    zh: `不是 GeoJSON：顶层应为 FeatureCollection、Feature 或几何对象，实际为 ${typeof found === 'string' ? found : found.zh}。`,
    en: `Not GeoJSON: the top level must be a FeatureCollection, a Feature or a geometry, not ${typeof found === 'string' ? found : found.en}.`,
  }),
  topoJson: (): Text => ({
    zh: '这是 TopoJSON，不是 GeoJSON。请先转换为 GeoJSON（如 mapshaper -o format=geojson）。',
    en: 'This is TopoJSON, not GeoJSON. Convert it first (e.g. mapshaper -o format=geojson).',
  }),
  featuresNotArray: (): Text => ({
    zh: 'FeatureCollection 缺少 features 数组。', en: 'The FeatureCollection has no "features" array.',
  }),
  noFeatures: (): Text => ({ zh: '文件中没有要素或数据行，未导入。', en: 'The file has no features or data rows; nothing was imported.' }),
  tooMany: (n: number): Text => ({
    zh: `文件有 ${count(n)} 个要素（行），超过 ${count(MAX_FEATURES)} 的上限，未导入。请拆分文件。`,
    en: `The file has ${count(n)} features (rows), over the limit of ${count(MAX_FEATURES)}; nothing was imported. Split the file.`,
  }),
  crsNotWgs84: (name: string): Text => ({
    zh: `坐标参考系 crs 为 ${name}，不是 WGS84 经纬度，未导入。请转换为 WGS84（EPSG:4326）后再导入。`,
    en: `The crs member is ${name}, not WGS84 longitude/latitude; nothing was imported. Reproject to WGS84 (EPSG:4326).`,
  }),
  crsCgcs2000: (): Text => ({
    zh: '坐标系为 CGCS2000（EPSG:4490），与 WGS84 相差不足 1 米，按 WGS84 显示。',
    en: 'The crs is CGCS2000 (EPSG:4490), within a metre of WGS84; it is shown as WGS84.',
  }),
  projected: (): Text => ({
    zh: '有坐标超出经纬度范围（|经度| ≤ 180，|纬度| ≤ 90），可能是投影坐标（米）。请转换为 WGS84 经纬度后再导入。',
    en: 'Some coordinates are outside longitude/latitude range (|lon| ≤ 180, |lat| ≤ 90); they look projected (metres). Reproject to WGS84 lon/lat.',
  }),
  swapped: (): Text => ({
    zh: '超出范围的坐标交换后即在范围内：经度和纬度可能写反了（GeoJSON 和本工具均为先经度后纬度）。',
    en: 'The out-of-range coordinates fit once swapped: longitude and latitude may be reversed (GeoJSON and this tool use lon, lat order).',
  }),
};

/** Messages about one GeoJSON feature. */
export const featureText = {
  notFeature: (found: string): Text => ({
    zh: `不是 Feature（type 为 ${found}）。`, en: `Not a Feature (type is ${found}).`,
  }),
  propertiesNotObject: (): Text => ({
    zh: 'properties 必须是对象或 null。', en: 'properties must be an object or null.',
  }),
  geometry: (p: GeometryProblem): Text => {
    switch (p.kind) {
      case 'missing': return { zh: '没有几何（geometry 为空），无法显示。', en: 'No geometry (geometry is null); it cannot be shown.' };
      case 'collection': return {
        zh: '不支持 GeometryCollection，请拆分为单独的要素。', en: 'GeometryCollection is not supported; split it into separate features.',
      };
      case 'unsupported': return {
        zh: `不支持几何类型 ${p.type}，仅支持 Point、LineString、Polygon、MultiPolygon。`,
        en: `Geometry type ${p.type} is not supported; use Point, LineString, Polygon or MultiPolygon.`,
      };
      case 'empty': return { zh: '几何为空（没有坐标）。', en: 'The geometry is empty (no coordinates).' };
      case 'shape': return SHAPE[p.detail];
      case 'number': return { zh: `坐标必须是有限数值，实际为 ${p.value}。`, en: `Coordinates must be finite numbers, not ${p.value}.` };
      case 'range': return outOfRange(p.position);
    }
  },
};

const SHAPE: Record<Extract<GeometryProblem, { kind: 'shape' }>['detail'], Text> = {
  position: { zh: '坐标点至少需要经度和纬度两个数。', en: 'A position needs at least two numbers, lon and lat.' },
  line: { zh: 'LineString 至少需要 2 个点。', en: 'A LineString needs at least 2 positions.' },
  ring: { zh: '多边形的环至少需要 4 个点。', en: 'A polygon ring needs at least 4 positions.' },
  unclosed: { zh: '多边形的环未闭合（首尾点不同）。', en: 'A polygon ring is not closed (first and last positions differ).' },
  nesting: { zh: 'coordinates 的嵌套层级与几何类型不符。', en: 'The coordinates are not nested as the geometry type requires.' },
};

export function outOfRange([x, y]: [number, number]): Text {
  return {
    zh: `坐标 (${x}, ${y}) 超出经纬度范围。`, en: `Coordinates (${x}, ${y}) are out of longitude/latitude range.`,
  };
}
