import { describe, expect, it } from 'vitest';
import { importedVisible, type ImportedLayer } from '../../../src/import/index.ts';
import { importText, layerOf } from './context.ts';

// 广州 (prd), 湛江 (west_wing), Hong Kong (no city)
const layer: ImportedLayer = layerOf(importText('v.csv', 'id,lon,lat\ngz,113.33,23.13\nzj,110.36,21.27\nhk,114.17,22.30\n'));
const ALL = new Set(['440100', '440800']);

describe('importedVisible', () => {
  it('shows every feature when no filter is active', () => {
    expect([...importedVisible(layer, { zone: [], cityIds: ALL })]).toEqual(['gz', 'zj', 'hk']);
  });

  it('a zone filter keeps that zone\'s features and hides features with no city', () => {
    expect([...importedVisible(layer, { zone: ['west_wing'], cityIds: ALL })]).toEqual(['zj']);
  });

  it('keeps only features in the visible cities', () => {
    expect([...importedVisible(layer, { zone: [], cityIds: new Set(['440100']) })]).toEqual(['gz', 'hk']);
  });
});
