import type { Adcode } from '../model/ids.ts';
import type { CityLookup } from './city-lookup.ts';
import { findColumns, type LocationColumns } from './columns.ts';
import { detectDelimiter, splitCsv, type Delimiter } from '../model/csv.ts';
import type { Draft, Drafted } from './draft.ts';
import { looksSwapped } from './geometry.ts';
import { issue, type Text } from './issues.ts';
import { MAX_FEATURES } from './limits.ts';
import { fileText, outOfRange } from './messages.ts';
import { csvText } from './row-messages.ts';
import type { ImportGeometry, ImportIssue, PropertyValue } from './schema.ts';

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');
const refuse = (...errors: ImportIssue[]): Drafted => ({ drafts: [], columns: [], errors, warnings: [] });

/** CSV text (delimiter detected from the header line) → drafts located by lon/lat or by a city column. */
export function csvDrafts(text: string, lookup: CityLookup): Drafted {
  const delimiter = detectDelimiter(text);
  const split = splitCsv(text, delimiter);
  if (!split.ok) return refuse(issue(split.row, null, csvText.unclosedQuote()));
  const [first, ...rest] = split.records;
  if (!first || isBlank(first)) return refuse(issue(1, null, csvText.noHeader()));
  const warnings: ImportIssue[] = [];
  const header = first.map((cell, j) => {
    const name = cell.trim();
    if (name) return name;
    warnings.push(issue(1, `column_${j + 1}`, csvText.emptyHeader(j + 1, `column_${j + 1}`)));
    return `column_${j + 1}`;
  });
  const duplicate = header.find((h, j) => header.indexOf(h) !== j);
  if (duplicate !== undefined) return refuse(issue(1, duplicate, csvText.duplicateHeader(duplicate)));
  let cols = findColumns(header, { nameColumns: false });
  if (cols.lon === null && cols.lat === null && cols.city === null) cols = findColumns(header, { nameColumns: true });
  const headerProblem = checkHeader(header, cols);
  if (headerProblem) return refuse(issue(1, null, headerProblem));
  const rows = rest.flatMap((cells, k) => (isBlank(cells) ? [] : [{ row: k + 2, cells }]));
  if (rows.length === 0) return refuse(issue(null, null, fileText.noFeatures()));
  if (rows.length > MAX_FEATURES) return refuse(issue(null, null, fileText.tooMany(rows.length)));
  const errors: ImportIssue[] = [];
  const outOfRangePoints: [number, number][] = [];
  const drafts: Draft[] = [];
  for (const { row, cells } of rows) {
    if (cells.length !== header.length) {
      errors.push(issue(row, null, csvText.cellCount(cells.length, header.length)));
      continue;
    }
    const located = locate(row, cells, header, cols, delimiter, lookup);
    if ('errors' in located) {
      errors.push(...located.errors);
      if (located.range) outOfRangePoints.push(located.range);
      continue;
    }
    const properties = Object.fromEntries(header.map((h, j): [string, PropertyValue] => [h, cells[j] || null]));
    const id = cols.id === null ? '' : cells[cols.id]!.trim();
    drafts.push({ row, properties, ownId: id || null, ...located });
  }
  if (outOfRangePoints.length) {
    errors.unshift(issue(null, null, outOfRangePoints.every(looksSwapped) ? fileText.swapped() : fileText.projected()));
  }
  return { drafts, columns: header, errors, warnings };
}

function checkHeader(header: string[], cols: LocationColumns): Text | null {
  if (cols.lon !== null && cols.lat === null) return csvText.halfCoordinates(header[cols.lon]!, 'lat');
  if (cols.lat !== null && cols.lon === null) return csvText.halfCoordinates(header[cols.lat]!, 'lon');
  if (cols.lon !== null || cols.city !== null) return null;
  const numbers = header.filter((h) => NUMBER.test(h));
  return numbers.length ? csvText.headerIsData(header.slice(0, 4).join(', ')) : csvText.noLocationColumn(header.join(', '));
}

type Located = Pick<Draft, 'geometry' | 'cityFromColumn' | 'named'>;

/** One row's location: its coordinates if given, else its city's label point. */
function locate(row: number, cells: string[], header: string[], cols: LocationColumns, delimiter: Delimiter, lookup: CityLookup):
  Located | { errors: ImportIssue[]; range?: [number, number] } {
  const cityCell = cols.city === null ? '' : cells[cols.city]!.trim();
  const cityField = cols.city === null ? '' : header[cols.city]!;
  if (cols.lon !== null && cols.lat !== null) {
    const [lonCell, latCell] = [cells[cols.lon]!.trim(), cells[cols.lat]!.trim()];
    const [lonField, latField] = [header[cols.lon]!, header[cols.lat]!];
    if (lonCell || latCell) {
      const errors: ImportIssue[] = [];
      const lon = degrees(lonCell, delimiter, row, lonField, errors);
      const lat = degrees(latCell, delimiter, row, latField, errors);
      if (lon === null || lat === null) return { errors };
      if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
        return { errors: [issue(row, `${lonField},${latField}`, outOfRange([lon, lat]))], range: [lon, lat] };
      }
      const geometry: ImportGeometry = { type: 'Point', coordinates: [lon, lat] };
      return { geometry, cityFromColumn: null, named: cityCell ? { field: cityField, value: cityCell } : null };
    }
  }
  if (!cityCell) return { errors: [issue(row, null, csvText.noLocation())] };
  const id: Adcode | null = lookup.byName(cityCell);
  if (id === null) return { errors: [issue(row, cityField, csvText.cityUnknown(cityCell))] };
  const point = lookup.pointOf(id);
  if (point === null) return { errors: [issue(row, cityField, csvText.noCityPoint(id))] };
  return { geometry: { type: 'Point', coordinates: [point[0], point[1]] }, cityFromColumn: id, named: null };
}

/** Decimal degrees; with ; or tab delimiters a decimal comma (113,26) is read too. */
function degrees(cell: string, delimiter: Delimiter, row: number, field: string, errors: ImportIssue[]): number | null {
  if (!cell) {
    errors.push(issue(row, field, csvText.missingCoordinate()));
    return null;
  }
  const text = delimiter !== ',' && /^[+-]?\d+,\d+$/.test(cell) ? cell.replace(',', '.') : cell;
  const value = NUMBER.test(text) ? Number(text) : NaN;
  if (Number.isFinite(value)) return value;
  errors.push(issue(row, field, csvText.notNumber(cell)));
  return null;
}
