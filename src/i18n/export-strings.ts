import type { Lang } from '../filters/state.ts';

// The export menu's and import panel's GIS words, in both languages. Kept apart from strings.ts, which the first
// view's bundle carries: the menu loads with the app, so these add nothing to the first view.
const zh = {
  exportShownLayers: '显示的全部图层',
  exportCrs: '坐标系',
  'crs.wgs84': 'WGS84（GPS、国际底图）',
  'crs.gcj02': 'GCJ-02（高德、腾讯）',
  'crs.bd09': 'BD-09（百度）',
  exportEncoding: '文字编码',
  encodingGbk: 'GBK（旧版 ArcGIS）',
  importGisHint: '也可导入 Shapefile（.zip）、KML / KMZ、GeoPackage。',
  importGcj02: '坐标为 GCJ-02（高德、腾讯）',
  indicatorColumn: '按指标为城市着色',
  indicatorNone: '不着色',
  indicatorMethod: '分级方法',
  'method.quantile': '分位数',
  'method.equal': '等间距',
  'method.jenks': '自然断点（Jenks）',
  'method.manual': '手动断点',
  indicatorClasses: '级数（3–7）',
  indicatorBreaks: '断点（逗号分隔）',
  indicatorNeedsFile: '此链接按导入文件的“{column}”列为城市着色：请导入该文件（文件本身不在链接中）。',
  indicatorNoColumn: '导入的文件没有数值列“{column}”，城市未按该指标着色。',
  indicatorSecond: '第二变量（双变量 3×3）',
  indicatorSecondNone: '无',
  indicatorCoreCount: '核心（★★★）集群数',
} as const;

const en: Record<keyof typeof zh, string> = {
  exportShownLayers: 'Every shown layer',
  exportCrs: 'Coordinates',
  'crs.wgs84': 'WGS84 (GPS, international maps)',
  'crs.gcj02': 'GCJ-02 (Amap, Tencent)',
  'crs.bd09': 'BD-09 (Baidu)',
  exportEncoding: 'Text encoding',
  encodingGbk: 'GBK (older ArcGIS)',
  importGisHint: 'Zipped Shapefiles, KML / KMZ and GeoPackages work too.',
  importGcj02: 'Coordinates are GCJ-02 (Amap, Tencent)',
  indicatorColumn: 'Colour the cities by',
  indicatorNone: 'nothing',
  indicatorMethod: 'Classes by',
  'method.quantile': 'quantile',
  'method.equal': 'equal interval',
  'method.jenks': 'natural breaks (Jenks)',
  'method.manual': 'manual breaks',
  indicatorClasses: 'Classes (3–7)',
  indicatorBreaks: 'Breaks (comma-separated)',
  indicatorNeedsFile: 'This link colours the cities by the column “{column}” of an imported file: import that file to see it (the file itself is not in the link).',
  indicatorNoColumn: 'The imported file has no numeric column “{column}”; the cities are not coloured by it.',
  indicatorSecond: 'Second variable (bivariate 3×3)',
  indicatorSecondNone: 'none',
  indicatorCoreCount: 'core (★★★) clusters',
};

export type ExportKey = keyof typeof zh;

/** An export-menu word in the page's language. */
export const te = (key: ExportKey, lang: Lang, vars: Record<string, string> = {}): string =>
  (lang === 'zh' ? zh : en)[key].replace(/\{(\w+)\}/g, (all, name: string) => vars[name] ?? all);
