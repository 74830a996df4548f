import { describe, expect, it } from 'vitest';
import { dismissFailure, importFinished, importRefused, importStarted, keepValidRows, shownImport, type ImportStatus } from '../../../src/import/status.ts';
import { errorsOf, importText, layerOf } from './context.ts';

const GOOD = 'name,lon,lat\n天河,113.33,23.13\n南山,113.93,22.53\n';
const ONE_BAD = 'name,lon,lat\n天河,113.33,23.13\n坏行,abc,23.1\n南山,113.93,22.53\n';

describe('a file with some bad rows offers its valid rows', () => {
  it('refuses the file but offers the valid rows, listing each skipped row with its reason', () => {
    const result = importText('p.csv', ONE_BAD);
    const errors = errorsOf(result);
    expect(errors.map((e) => e.row)).toEqual([3]);
    if (result.ok || !result.partial) throw new Error('expected a partial import');
    expect(result.partial.skipped).toEqual([3]);
    expect(result.partial.layer.features.map((f) => f.properties.name)).toEqual(['天河', '南山']);
    expect(result.partial.warnings[0]!.message_en).toMatch(/Only the 2 valid rows were imported; 1 skipped: 3/);
    expect(result.partial.warnings).toContainEqual(errors[0]);
  });

  it('offers nothing for a file-wide problem or when no row is valid', () => {
    const swapped = importText('p.csv', 'name,lon,lat\na,23.13,113.33\nb,22.53,113.93\n');
    expect(!swapped.ok && swapped.partial).toBeFalsy();
    const none = importText('p.csv', 'name,lon,lat\na,x,1\n');
    expect(!none.ok && none.partial).toBeFalsy();
  });

  it('keeps the valid rows of a GeoJSON file whose one feature has no geometry', () => {
    const text = JSON.stringify({ type: 'FeatureCollection', features: [
      { type: 'Feature', properties: { n: 1 }, geometry: { type: 'Point', coordinates: [113.3, 23.1] } },
      { type: 'Feature', properties: { n: 2 }, geometry: null },
    ] });
    const result = importText('a.geojson', text);
    expect(!result.ok && result.partial?.layer.features.length).toBe(1);
  });
});

describe('the import status: a failed import keeps the layer shown', () => {
  it('keeps the good layer while another file is read and after it is refused; dismissing returns to it', () => {
    const good = importFinished({ kind: 'idle' }, 'good.csv', importText('good.csv', GOOD));
    expect(shownImport(good)?.layer.name).toBe('good.csv');
    const busy = importStarted(good, 'bad.csv');
    expect(shownImport(busy)?.layer.name).toBe('good.csv');
    const failed = importFinished(busy, 'bad.csv', importText('bad.csv', 'name,lon,lat\na,x,1\n'));
    expect(failed.kind).toBe('failed');
    expect(shownImport(failed)?.layer.name).toBe('good.csv');
    expect(shownImport(importRefused(good, 'huge.csv', []))?.layer.name).toBe('good.csv');
    expect(dismissFailure(failed)).toMatchObject({ kind: 'loaded', layer: { name: 'good.csv' } });
    expect(dismissFailure(importFinished({ kind: 'idle' }, 'bad.csv', importText('bad.csv', 'name,lon,lat\na,x,1\n')))).toEqual({ kind: 'idle' });
  });

  it('shows the valid rows once the user keeps them', () => {
    const failed: ImportStatus = importFinished({ kind: 'idle' }, 'p.csv', importText('p.csv', ONE_BAD));
    const kept = keepValidRows(failed);
    expect(kept.kind).toBe('loaded');
    expect(shownImport(kept)?.layer.features).toHaveLength(2);
    expect(layerOf(importText('good.csv', GOOD)).features).toHaveLength(2);
  });
});
