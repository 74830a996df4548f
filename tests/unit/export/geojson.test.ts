import { describe, expect, it } from 'vitest';
import { toGeoJSON } from '../../../src/export/geojson.ts';
import { EXPORT_LAYERS } from '../../../src/export/select.ts';
import { applyFilters } from '../../../src/filters/apply.ts';
import { parseQuery } from '../../../src/filters/query.ts';
import { CLUSTER_IDS } from '../../../src/model/index.ts';
import { features, model } from '../../load-repo.ts';
import { rfc7946Problems } from '../../rfc7946.ts';

const exportOf = (query: string, layer: (typeof EXPORT_LAYERS)[number] = 'cities') =>
  JSON.parse(toGeoJSON(model, features, applyFilters(model, parseQuery(query).state.filters), layer));

describe('toGeoJSON', () => {
  it.each(EXPORT_LAYERS)('writes valid RFC 7946 for the %s layer', (layer) => {
    const fc = exportOf('', layer);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc).not.toHaveProperty('crs');
    const problems = fc.features.flatMap((f: { id: unknown; geometry: never }, i: number) => {
      expect(typeof f.id).toBe('string');
      return rfc7946Problems(f.geometry, `${layer}[${i}]`);
    });
    expect(problems).toEqual([]);
  });

  it('exports all 21 cities with 20 rank columns and the documented properties', () => {
    const fc = exportOf('');
    expect(fc.features).toHaveLength(21);
    const keys = Object.keys(fc.features[0].properties);
    expect(keys.slice(0, 7)).toEqual(['city_id', 'name_zh', 'name_en', 'zone', 'metro_area', 'metro_scope', 'roles']);
    expect(keys.filter((k) => k.startsWith('rank_'))).toEqual(CLUSTER_IDS.map((c) => `rank_${c}`));
    expect(keys.slice(-4)).toEqual(['core_count', 'key_count', 'general_count', 'cluster_count']);
  });

  it('keeps only flat properties (strings, numbers, nulls)', () => {
    for (const layer of EXPORT_LAYERS) {
      for (const f of exportOf('', layer).features) {
        for (const v of Object.values(f.properties)) expect(['string', 'number', 'object'].includes(typeof v) && (typeof v !== 'object' || v === null)).toBe(true);
      }
    }
  });

  it('exports exactly the filtered cities', () => {
    const fc = exportOf('cluster=new_energy&rank=core');
    expect(fc.features.map((f: { id: string }) => f.id)).toEqual(['440100', '440300', '440600', '440800', '441700', '441900']);
    expect(fc.features.every((f: { properties: Record<string, unknown> }) => f.properties.rank_new_energy === 'core')).toBe(true);
  });

  it('records the filters, counts, data version and sources in metadata', () => {
    const fc = exportOf('zone=north');
    expect(fc.metadata).toMatchObject({ layer: 'cities', filters: 'zone=north', count: 5, total: 21, data_version: model.version });
    expect(fc.metadata.sources.map((s: { id: string }) => s.id)).toEqual(model.sources.map((s) => s.id));
  });

  it('is deterministic: the same state gives the same bytes', () => {
    const state = parseQuery('cluster=automotive').state.filters;
    expect(toGeoJSON(model, features, applyFilters(model, state), 'cities')).toBe(toGeoJSON(model, features, applyFilters(model, state), 'cities'));
  });

  it('writes each project line the same whether it was first written by a filtered or a full export', () => {
    const text = (query: string) => toGeoJSON(model, features, applyFilters(model, parseQuery(query).state.filters), 'projects');
    const lines = (t: string) => t.split('\n').slice(1, -2).map((l) => l.replace(/,$/, ''));
    const filtered = lines(text('kind=transport')); // written first: cached lines, the rest not yet
    const full = lines(text(''));
    const fresh = features.projects.features.filter((f) => f.properties.kind === 'transport').map((f) => full[features.projects.features.indexOf(f)]);
    expect([filtered.length > 0, full.map((l) => JSON.parse(l).id), filtered])
      .toEqual([true, features.projects.features.map((f) => f.id), fresh]);
  });
});
