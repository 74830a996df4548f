import { describe, expect, it } from 'vitest';
import { ImportedLayer } from '../../../src/import/index.ts';
import { errorsOf, importText, layerOf } from './context.ts';

const fc = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const feature = (geometry: unknown, properties: unknown = {}) => ({ type: 'Feature', properties, geometry });
const point = (lon: number, lat: number) => ({ type: 'Point', coordinates: [lon, lat] });
const square = (lon: number, lat: number, d = 0.01) => ({
  type: 'Polygon', coordinates: [[[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]]],
});

describe('GeoJSON import: valid files', () => {
  it('reads points, lines and polygons with their cities and zones', () => {
    const layer = layerOf(importText('mine.geojson', fc(
      feature(point(113.33, 23.13), { name: '天河' }),
      feature({ type: 'LineString', coordinates: [[113.9, 22.55], [114.0, 22.56], [114.1, 22.6]] }, { name: 'road' }),
      feature(square(110.36, 21.27), { name: '湛江 park' }),
      feature({ type: 'MultiPolygon', coordinates: [square(116.68, 23.35).coordinates] }),
    )));
    expect(layer.format).toBe('geojson');
    expect(layer.features.map((f) => [f.geometry.type, f.city, f.zone])).toEqual([
      ['Point', '440100', 'prd'],
      ['LineString', '440300', 'prd'],
      ['Polygon', '440800', 'west_wing'],
      ['MultiPolygon', '440500', 'east_wing'],
    ]);
    expect(ImportedLayer.safeParse(layer).success).toBe(true);
  });

  it('accepts a single Feature and a bare geometry', () => {
    expect(layerOf(importText('one.geojson', JSON.stringify(feature(point(113.33, 23.13))))).features).toHaveLength(1);
    expect(layerOf(importText('bare.json', JSON.stringify(point(114.06, 22.54)))).features[0]!.city).toBe('440300');
  });

  it('keeps the file\'s own ids when unique and numbers rows otherwise', () => {
    const own = layerOf(importText('a.geojson', fc({ ...feature(point(113.3, 23.1)), id: 7 }, { ...feature(point(113.3, 23.1)), id: 'b' })));
    expect(own.features.map((f) => f.id)).toEqual(['7', 'b']);
    const dup = importText('a.geojson', fc({ ...feature(point(113.3, 23.1)), id: 1 }, { ...feature(point(113.3, 23.1)), id: 1 }));
    expect(layerOf(dup).features.map((f) => f.id)).toEqual(['row-1', 'row-2']);
    expect(dup.ok && dup.warnings.some((w) => w.field === 'id')).toBe(true);
  });

  it('drops altitude and keeps WGS84 positions', () => {
    const layer = layerOf(importText('z.geojson', JSON.stringify(feature({ type: 'Point', coordinates: [113.3, 23.1, 42] }))));
    expect(layer.features[0]!.geometry.coordinates).toEqual([113.3, 23.1]);
  });

  it('accepts crs members naming WGS84 and CGCS2000 (with a warning for the latter)', () => {
    const named = (name: string) => JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name } }, features: [feature(point(113.3, 23.1))] });
    expect(importText('a.geojson', named('urn:ogc:def:crs:OGC:1.3:CRS84')).ok).toBe(true);
    expect(importText('a.geojson', named('EPSG:4326')).ok).toBe(true);
    const cgcs = importText('a.geojson', named('urn:ogc:def:crs:EPSG::4490'));
    expect(cgcs.ok && cgcs.warnings.map((w) => w.field)).toEqual(['crs']);
  });

  it('gives a feature outside Guangdong no city, with a warning naming it', () => {
    const result = importText('hk.geojson', fc(feature(point(113.3, 23.1)), feature(point(114.17, 22.30))));
    expect(layerOf(result).features.map((f) => f.city)).toEqual(['440100', null]);
    expect(result.ok && result.warnings.some((w) => w.message_en.includes('Row (feature) 2 lies outside'))).toBe(true);
  });

  it('writes nested properties as JSON text, with a warning naming the property and rows', () => {
    const result = importText('n.geojson', fc(feature(point(113.3, 23.1), { meta: { a: [1, 2] }, tags: ['x'], n: 3, ok: true, none: null })));
    expect(layerOf(result).features[0]!.properties).toEqual({ meta: '{"a":[1,2]}', tags: '["x"]', n: 3, ok: true, none: null });
    expect(result.ok && result.warnings.map((w) => [w.field, w.message_en.includes('in feature 1;')])).toEqual([['meta', true], ['tags', true]]);
  });

  it('lists every property name once, across all features, as the layer\'s columns', () => {
    const layer = layerOf(importText('c.geojson', fc(feature(point(113.3, 23.1), { name: 'a', 2023: 1 }), feature(point(113.3, 23.1), { extra: 1 }))));
    expect(layer.columns).toEqual(['2023', 'name', 'extra']);
  });
});

describe('GeoJSON import: refused files', () => {
  it('names the line, column and position of a JSON syntax error', () => {
    const errors = errorsOf(importText('bad.geojson', '{"type": "FeatureCollection",\n  "features": [,]}'));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message_en).toBe('JSON syntax error at line 2, column 16 (position 45): expected a value or \']\'.');
    expect(errors[0]!.message_zh).toContain('第 2 行第 16 列');
  });

  it('refuses JSON that is not GeoJSON, naming what it found', () => {
    expect(errorsOf(importText('a.json', '[1,2]'))[0]!.message_en).toContain('not an array');
    expect(errorsOf(importText('a.json', '{"type":"Topology","objects":{}}'))[0]!.message_en).toContain('TopoJSON');
    expect(errorsOf(importText('a.json', '{"type":"Featurecollection","features":[]}'))[0]!.message_en).toContain('type "Featurecollection"');
    expect(errorsOf(importText('a.json', '{"type":"FeatureCollection"}'))[0]!.message_en).toContain('no "features" array');
    expect(errorsOf(importText('a.json', '{"type":"FeatureCollection","features":[]}'))[0]!.message_en).toContain('no features');
  });

  it('refuses a crs member that is not WGS84', () => {
    const text = JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3857' } }, features: [feature(point(1, 1))] });
    expect(errorsOf(importText('m.geojson', text))[0]!.message_en).toContain('urn:ogc:def:crs:EPSG::3857, not WGS84');
  });

  it('refuses projected coordinates, listing each feature and saying they look projected', () => {
    const errors = errorsOf(importText('p.geojson', fc(feature(point(12_614_000, 2_646_000)), feature(point(113.3, 23.1)), feature(square(12_700_000, 2_600_000, 100)))));
    expect(errors.map((e) => e.row)).toEqual([null, 1, 3]);
    expect(errors[0]!.message_en).toContain('look projected');
    expect(errors[1]!.message_en).toBe('Coordinates (12614000, 2646000) are out of longitude/latitude range.');
  });

  it('says when out-of-range coordinates look like swapped lon/lat', () => {
    const errors = errorsOf(importText('s.geojson', fc(feature(point(23.1, 113.3)))));
    expect(errors[0]!.message_en).toContain('may be reversed');
  });

  it('refuses non-finite and non-numeric coordinates', () => {
    const errors = errorsOf(importText('n.geojson', '{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1e999, 23]}}'));
    expect(errors[0]!.message_en).toBe('Coordinates must be finite numbers, not Infinity.');
    expect(errorsOf(importText('n.geojson', fc(feature({ type: 'Point', coordinates: ['113.3', 23.1] }))))[0]!.message_en).toContain('not "113.3"');
  });

  it('accepts mixed geometries but gives a GeometryCollection a row error', () => {
    const errors = errorsOf(importText('m.geojson', fc(
      feature(point(113.3, 23.1)),
      feature({ type: 'GeometryCollection', geometries: [point(113.3, 23.1)] }),
      feature(square(113.3, 23.1)),
    )));
    expect(errors).toEqual([{ row: 2, field: 'geometry', message_zh: expect.stringContaining('GeometryCollection'), message_en: 'GeometryCollection is not supported; split it into separate features.' }]);
  });

  it('gives empty, null, unclosed and unsupported geometries their own row errors', () => {
    const errors = errorsOf(importText('e.geojson', fc(
      feature({ type: 'Point', coordinates: [] }),
      feature(null),
      feature({ type: 'Polygon', coordinates: [[[113, 23], [113.1, 23], [113.1, 23.1], [113, 23.2]]] }),
      feature({ type: 'MultiPoint', coordinates: [[113, 23]] }),
      feature({ type: 'LineString', coordinates: [[113, 23]] }),
      { type: 'Feat', geometry: point(113, 23) },
      feature(point(113, 23), 'props'),
    )));
    expect(errors.map((e) => [e.row, e.message_en])).toEqual([
      [1, 'The geometry is empty (no coordinates).'],
      [2, 'No geometry (geometry is null); it cannot be shown.'],
      [3, 'A polygon ring is not closed (first and last positions differ).'],
      [4, 'Geometry type "MultiPoint" is not supported; use Point, LineString, Polygon or MultiPolygon.'],
      [5, 'A LineString needs at least 2 positions.'],
      [6, 'Not a Feature (type is "Feat").'],
      [7, 'properties must be an object or null.'],
    ]);
  });
});
