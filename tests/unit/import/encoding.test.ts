import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../src/import/index.ts';
import { ctx, errorsOf, importText, layerOf } from './context.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/import', name)));
const bytes = (...values: number[]) => new Uint8Array(values);

describe('import encodings', () => {
  it('reads a GB18030 CSV (城市,名称 / 广州,测试) and says it was not UTF-8', () => {
    const result = parseImport({ name: 'gbk.csv', bytes: fixture('gb18030.csv') }, ctx);
    const layer = layerOf(result);
    expect(layer.columns).toEqual(['城市', '名称']);
    expect(layer.features[0]!.properties).toEqual({ 城市: '广州', 名称: '测试' });
    expect(layer.features[0]!.city).toBe('440100');
    expect(result.ok && result.warnings[0]!.message_en).toContain('read as GB18030');
  });

  it('finds 经度/纬度 columns in a GB18030 CSV', () => {
    const layer = layerOf(parseImport({ name: 'gbk.csv', bytes: fixture('gb18030-lonlat.csv') }, ctx));
    expect(layer.features[0]!.city).toBe('440300');
  });

  it('strips a UTF-8 byte order mark so the first column keeps its name', () => {
    const layer = layerOf(importText('bom.csv', '\uFEFFlon,lat\n113.33,23.13\n'));
    expect(layer.columns).toEqual(['lon', 'lat']);
  });

  it('refuses UTF-16 text, saying how to save it as UTF-8', () => {
    const errors = errorsOf(parseImport({ name: 'u16.csv', bytes: bytes(0xff, 0xfe, 0x6c, 0x00, 0x6f, 0x00) }, ctx));
    expect(errors[0]!.message_en).toContain('UTF-16');
  });

  it('refuses binary files, naming known formats', () => {
    expect(errorsOf(parseImport({ name: 'book.csv', bytes: bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00) }, ctx))[0]!.message_en).toContain('Excel .xlsx');
    expect(errorsOf(parseImport({ name: 'x.csv', bytes: bytes(0x6c, 0x6f, 0x6e, 0x00, 0x01) }, ctx))[0]!.message_en).toContain('binary');
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    expect(errorsOf(parseImport({ name: 'x.csv', bytes: bytes(0x61, 0x2c, 0xff, 0xff, 0x0a) }, ctx))[0]!.message_en).toContain('neither UTF-8 nor GB18030');
  });

  it('refuses an empty file', () => {
    expect(errorsOf(parseImport({ name: 'x.csv', bytes: bytes() }, ctx))[0]!.message_en).toBe('The file is empty.');
  });
});

describe('import format detection', () => {
  it('reads JSON content named .csv as GeoJSON, with a warning', () => {
    const result = importText('oops.csv', '{"type":"Point","coordinates":[113.33,23.13]}');
    expect(layerOf(result).format).toBe('geojson');
    expect(result.ok && result.warnings[0]!.message_en).toContain('read as GeoJSON');
  });

  it('sniffs files without a known extension by their content', () => {
    expect(layerOf(importText('data', 'lon,lat\n113.33,23.13\n')).format).toBe('csv');
    expect(layerOf(importText('data.dat', '  {"type":"Point","coordinates":[113.33,23.13]}')).format).toBe('geojson');
  });

  it('refuses KML, shapefiles and Excel by name, and text it cannot place', () => {
    expect(errorsOf(importText('a.kml', '<kml/>'))[0]!.message_en).toContain('KML files are not supported');
    expect(errorsOf(importText('a.xlsx', 'x'))[0]!.message_en).toContain('Excel files');
    expect(errorsOf(importText('notes', 'hello world'))[0]!.message_en).toContain('Cannot tell');
  });
});
