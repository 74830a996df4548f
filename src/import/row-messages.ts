import { clip, type Text } from './issues.ts';

const CITY_HELP_ZH = '可写行政区划代码（440100）、中文名（广州或广州市）、英文名或拼音（Guangzhou）';
const CITY_HELP_EN = 'use an adcode (440100), the Chinese name (广州 or 广州市), the English name or pinyin (Guangzhou)';

/** CSV header and row messages. */
export const csvText = {
  noHeader: (): Text => ({ zh: 'CSV 缺少表头行（第一行应为列名）。', en: 'The CSV has no header row (the first row must name the columns).' }),
  headerIsData: (cells: string): Text => ({
    zh: `第一行应为表头（列名），但看起来是数据：${clip(cells, 120)}。请添加表头行。`,
    en: `The first row must be a header (column names) but looks like data: ${clip(cells, 120)}. Add a header row.`,
  }),
  noLocationColumn: (columns: string): Text => ({
    zh: `找不到位置列。需要经纬度列（lon/lng/longitude/经度/x 与 lat/latitude/纬度/y）或城市列（city、city_id、adcode、城市、地市 等）。现有列：${clip(columns, 300)}`,
    en: `No location column. Add lon/lat columns (lon, lng, longitude, 经度, x and lat, latitude, 纬度, y) or a city column (city, city_id, adcode, 城市, 地市 …). Columns found: ${clip(columns, 300)}`,
  }),
  halfCoordinates: (found: string, missing: 'lon' | 'lat'): Text => ({
    zh: `有“${clip(found)}”列但没有${missing === 'lon' ? '经度' : '纬度'}列。`,
    en: `There is a "${clip(found)}" column but no ${missing === 'lon' ? 'longitude' : 'latitude'} column.`,
  }),
  duplicateHeader: (name: string): Text => ({ zh: `列名“${clip(name)}”重复。`, en: `The column name "${clip(name)}" appears more than once.` }),
  emptyHeader: (index: number, name: string): Text => ({
    zh: `第 ${index} 列没有列名，已命名为 ${name}。`, en: `Column ${index} has no name; it was named ${name}.`,
  }),
  unclosedQuote: (): Text => ({
    zh: '此行开始的引号一直没有闭合，文件其余部分无法读取。', en: 'A quote opened in this row is never closed; the rest of the file cannot be read.',
  }),
  cellCount: (got: number, want: number): Text => ({
    zh: `此行有 ${got} 个单元格，表头有 ${want} 列。`, en: `This row has ${got} cells; the header has ${want} columns.`,
  }),
  notNumber: (value: string): Text => ({
    zh: `“${clip(value)}”不是数值（应为十进制度数，如 113.26）。`, en: `"${clip(value)}" is not a number (expected decimal degrees such as 113.26).`,
  }),
  missingCoordinate: (): Text => ({ zh: '此单元格为空，但同一行的另一坐标有值。', en: 'This cell is empty while the row\'s other coordinate is given.' }),
  cityUnknown: (value: string): Text => ({
    zh: `“${clip(value)}”不是广东省 21 个地级以上市之一（${CITY_HELP_ZH}）。`,
    en: `"${clip(value)}" is not one of Guangdong's 21 prefecture-level cities (${CITY_HELP_EN}).`,
  }),
  noLocation: (): Text => ({ zh: '此行没有位置：经纬度和城市均为空。', en: 'This row has no location: coordinates and city are empty.' }),
  noCityPoint: (id: string): Text => ({ zh: `城市 ${id} 没有标注点，无法定位。`, en: `City ${id} has no label point to place the row at.` }),
};

const rowsEn = (rows: string, n: number, one = 'row', many = 'rows') => `${n === 1 ? one : many} ${rows}`;

/** Warnings that name the rows they concern (`n` of them). */
export const rowText = {
  flattened: (rows: string, n: number): Text => ({
    zh: `此属性在要素 ${rows} 中是嵌套对象或数组，已转为 JSON 文本。`,
    en: `This property is a nested object or array in ${rowsEn(rows, n, 'feature', 'features')}; it was written as JSON text.`,
  }),
  formula: (rows: string, n: number): Text => ({
    zh: `第 ${rows} 行此列以 =、+、-、@、制表符或回车开头，电子表格可能把它当作公式执行。已按文本保留；导出 CSV 时会加前缀 '。`,
    en: `In ${rowsEn(rows, n)} this column starts with =, +, -, @, tab or CR, which a spreadsheet may run as a formula. Kept as text; CSV exports prefix it with '.`,
  }),
  cityUnrecognised: (rows: string, n: number): Text => ({
    zh: `第 ${rows} 行此列的城市无法识别，城市按坐标确定。`,
    en: `In ${rowsEn(rows, n)} this column names no known city; the city was taken from the coordinates.`,
  }),
  cityDisagrees: (rows: string, n: number): Text => ({
    zh: `第 ${rows} 行的坐标位于另一城市，与此列不符；按坐标所在城市处理。`,
    en: `In ${rowsEn(rows, n)} the coordinates lie in a different city than this column names; the city containing them is used.`,
  }),
  outside: (rows: string, n: number): Text => ({
    zh: `第 ${rows} 行（要素）位于广东省 21 个地级以上市之外，没有城市和区域；启用区域筛选时不显示。`,
    en: `${n === 1 ? `Row (feature) ${rows} lies` : `Rows (features) ${rows} lie`} outside Guangdong's 21 cities; they have no city or zone and are hidden while a zone filter is on.`,
  }),
  duplicateIds: (example: string): Text => ({
    zh: `id 不唯一（如“${clip(example)}”），已改为按行编号。`, en: `The ids are not unique (e.g. "${clip(example)}"); features are numbered by row instead.`,
  }),
};
