import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args.ts';
import { runExport } from '../../../src/cli/export.ts';
import { toCSV } from '../../../src/export/csv.ts';
import { toGeoJSON } from '../../../src/export/geojson.ts';
import { applyFilters } from '../../../src/filters/apply.ts';
import { parseQuery } from '../../../src/filters/query.ts';
import { features, model } from '../../load-repo.ts';

const visibleOf = (query: string) => applyFilters(model, parseQuery(query).state.filters);
const idsOf = (query: string) => JSON.parse(toGeoJSON(model, features, visibleOf(query), 'corridors')).features.map((f: { id: string }) => f.id);

describe('corridors export', () => {
  it('holds every corridor, with the documented flat properties', () => {
    const fc = JSON.parse(toGeoJSON(model, features, visibleOf(''), 'corridors'));
    expect(fc.features).toHaveLength(model.corridors.length);
    expect(fc.metadata).toMatchObject({ layer: 'corridors', count: model.corridors.length, total: model.corridors.length });
    expect(Object.keys(fc.features[0].properties)).toEqual(expect.arrayContaining([
      'corridor_id', 'name_zh', 'name_en', 'kind', 'cities', 'clusters', 'source_doc', 'source_section', 'source_quote',
    ]));
  });

  it('keeps only the corridors the text ties to the chosen cluster', () => {
    expect(idsOf('cluster=semiconductors')).toEqual([
      'guangzhou-dongguan-shenzhen-huizhou-semiconductor-belt', 'guangzhou-foshan-zhongshan-zhuhai-semiconductor-belt',
    ]);
  });

  it('keeps only the corridors with a city in the chosen zones', () => {
    const north = idsOf('zone=north');
    expect(north).toContain('meixing-huafeng-industrial-belt');
    expect(north).not.toContain('guangzhou-shenzhen-hong-kong-innovation-corridor');
    expect(visibleOf('zone=north').counts.corridors).toEqual([north.length, model.corridors.length]);
  });

  it('writes CSV with a point on each corridor', () => {
    const csv = toCSV(features, visibleOf('cluster=electronics'), 'corridors');
    const [header, row] = csv.split('\r\n');
    expect(header).toMatch(/^corridor_id,name_zh,name_en,kind,cities,/);
    expect(header).toMatch(/,lon,lat$/);
    expect(row).toMatch(/^pearl-river-east-bank-electronics-belt,珠江东岸电子信息产业带,/);
  });

  it('writes the same bytes from the CLI flag as from the page query', () => {
    const cli = runExport(parseArgs(['--layer', 'corridors', '--zone', 'west_wing']), () => {});
    expect(cli).toBe(toGeoJSON(model, features, visibleOf('zone=west_wing'), 'corridors'));
  });
});
