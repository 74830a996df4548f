import { describe, expect, it } from 'vitest';
import { MAX_BYTES, MAX_FEATURES, parseImport } from '../../../src/import/index.ts';
import { ctx, errorsOf, importText } from './context.ts';

describe('import limits', () => {
  it('refuses a 21 MB input by its size alone, before decoding it', () => {
    const bytes = new Uint8Array(21 * 1024 * 1024); // all NUL: decoding would call it binary instead
    const errors = errorsOf(parseImport({ name: 'huge.geojson', bytes }, ctx));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message_en).toBe('The file is 21.0 MB, over the 20.0 MB limit; nothing was imported. Split the file or drop unneeded columns.');
  });

  it('accepts a file of exactly the size limit as far as size goes', () => {
    const bytes = new Uint8Array(MAX_BYTES).fill(0x20);
    expect(errorsOf(parseImport({ name: 'blank.csv', bytes }, ctx))[0]!.message_en).not.toContain('limit');
  });

  it('refuses 100,001 GeoJSON features', () => {
    const one = '{"type":"Feature","properties":null,"geometry":{"type":"Point","coordinates":[113.3,23.1]}}';
    const text = `{"type":"FeatureCollection","features":[${Array(MAX_FEATURES + 1).fill(one).join(',')}]}`;
    const errors = errorsOf(importText('many.geojson', text));
    expect(errors.map((e) => e.message_en)).toEqual([
      'The file has 100,001 features (rows), over the limit of 100,000; nothing was imported. Split the file.',
    ]);
  });

  it('refuses 100,001 CSV data rows', () => {
    const text = `lon,lat\n${'113.3,23.1\n'.repeat(MAX_FEATURES + 1)}`;
    expect(errorsOf(importText('many.csv', text))[0]!.message_en).toContain('100,001 features (rows)');
  });

  it('lists at most 200 errors, then one "and N more"', () => {
    const text = `name,lon,lat\n${'x,abc,23.1\n'.repeat(250)}`;
    const errors = errorsOf(importText('bad.csv', text));
    expect(errors).toHaveLength(201);
    expect(errors[199]!.row).toBe(201);
    expect(errors[200]).toEqual({ row: null, field: null, message_zh: '另有 50 个问题未列出。', message_en: 'and 50 more not listed.' });
  });
});
