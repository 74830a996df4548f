import { findColumns } from './columns.ts';
import { crsStatus } from './crs.ts';
import type { Draft, Drafted } from './draft.ts';
import { checkGeometry, describe, looksSwapped } from './geometry.ts';
import { issue, RowsByField, type Text } from './issues.ts';
import { locateJsonError } from './json-syntax.ts';
import { MAX_FEATURES } from './limits.ts';
import { featureText, fileText } from './messages.ts';
import { flattenProperties } from './properties.ts';
import { rowText } from './row-messages.ts';
import type { ImportIssue } from './schema.ts';

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const refuse = (text: Text): Drafted => ({ drafts: [], columns: [], errors: [issue(null, null, text)], warnings: [] });

/** GeoJSON text (FeatureCollection, Feature or bare geometry) → drafts, with every row error found. */
export function geojsonDrafts(text: string): Drafted {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (e) {
    const where = locateJsonError(text);
    return refuse(where ? fileText.jsonSyntax(where) : { zh: `JSON 语法错误：${String(e)}`, en: `JSON syntax error: ${String(e)}` });
  }
  if (!isObject(root)) return refuse(fileText.notGeoJson(Array.isArray(root) ? { zh: '数组', en: 'an array' } : describe(root)));
  const warnings: ImportIssue[] = [];
  const crs = crsStatus(root.crs);
  if (crs.kind === 'other') return refuse(fileText.crsNotWgs84(crs.name));
  if (crs.kind === 'cgcs2000') warnings.push(issue(null, 'crs', fileText.crsCgcs2000()));
  let features: unknown[];
  if (root.type === 'FeatureCollection') {
    if (!Array.isArray(root.features)) return refuse(fileText.featuresNotArray());
    features = root.features;
  } else if (root.type === 'Feature') features = [root];
  else if (typeof root.type === 'string' && GEOMETRY_TYPES.has(root.type)) features = [{ type: 'Feature', properties: {}, geometry: root }];
  else return refuse(root.type === 'Topology' ? fileText.topoJson() : fileText.notGeoJson(`type ${describe(root.type)}`));
  if (features.length === 0) return refuse(fileText.noFeatures());
  if (features.length > MAX_FEATURES) return refuse(fileText.tooMany(features.length));
  const read = readFeatures(features);
  return { ...read, warnings: [...warnings, ...read.warnings] };
}

function readFeatures(features: unknown[]): Drafted {
  const drafts: Draft[] = [];
  const errors: ImportIssue[] = [];
  const columns = new Set<string>();
  const nested = new RowsByField();
  const outOfRange: [number, number][] = [];
  const cityKeys = new Map<string, boolean>(); // memo: is this property name a city column?
  for (let i = 0; i < features.length; i++) {
    const row = i + 1;
    const f = features[i];
    if (!isObject(f) || f.type !== 'Feature') {
      errors.push(issue(row, 'type', featureText.notFeature(isObject(f) ? describe(f.type) : describe(f))));
      continue;
    }
    const crs = crsStatus(f.crs);
    if (crs.kind === 'other') errors.push(issue(row, 'crs', fileText.crsNotWgs84(crs.name)));
    if (f.properties !== undefined && f.properties !== null && !isObject(f.properties)) {
      errors.push(issue(row, 'properties', featureText.propertiesNotObject()));
      continue;
    }
    const checked = checkGeometry(f.geometry);
    if (!checked.ok) {
      if (checked.problem.kind === 'range') outOfRange.push(checked.problem.position);
      errors.push(issue(row, 'geometry', featureText.geometry(checked.problem)));
      continue;
    }
    const { properties, flattened } = flattenProperties(f.properties ?? {});
    for (const key of flattened) nested.add(key, row);
    for (const key of Object.keys(properties)) columns.add(key);
    drafts.push({
      row,
      geometry: checked.geometry,
      cityFromColumn: null,
      named: namedCity(properties, cityKeys),
      ownId: typeof f.id === 'string' || typeof f.id === 'number' ? String(f.id) : null,
      properties,
    });
  }
  if (outOfRange.length) {
    errors.unshift(issue(null, 'geometry', outOfRange.every(looksSwapped) ? fileText.swapped() : fileText.projected()));
  }
  return { drafts, columns: [...columns], errors, warnings: nested.issues(rowText.flattened) };
}

/** The first property that names a city (city_id, adcode, 城市 …), as text. */
function namedCity(properties: Record<string, unknown>, memo: Map<string, boolean>): Draft['named'] {
  for (const [field, value] of Object.entries(properties)) {
    let isCity = memo.get(field);
    if (isCity === undefined) {
      isCity = findColumns([field], { nameColumns: false }).city !== null;
      memo.set(field, isCity);
    }
    if (isCity && (typeof value === 'string' || typeof value === 'number') && String(value).trim()) return { field, value: String(value) };
  }
  return null;
}
