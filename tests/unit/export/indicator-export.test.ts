// The analyst's indicator in the outputs: its values as typed columns of the cities, and its classes in the print.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBasemap } from '../../../src/cli/print-files.ts';
import { toGeoJSON } from '../../../src/export/geojson.ts';
import { toGeoPackage } from '../../../src/export/gpkg.ts';
import { indicatorColumns, withCityColumns } from '../../../src/export/indicator-columns.ts';
import { toShapefileZip } from '../../../src/export/shp.ts';
import { loadSqlite } from '../../../src/export/sqlite.ts';
import { layerTables } from '../../../src/export/tables.ts';
import { applyFilters } from '../../../src/filters/apply.ts';
import { parseQuery } from '../../../src/filters/query.ts';
import { cityChoropleth } from '../../../src/layers/choropleth.ts';
import { DEFAULT_FRAME, pageText, type PrintCommand } from '../../../src/print/commands.ts';
import { printDocument } from '../../../src/print/index.ts';
import { printState } from '../../../src/print/input.ts';
import { features, model } from '../../load-repo.ts';

// GDP-like values for 20 of the 21 cities (the last has none), as a CSV would bring them: text
const rows = model.cities.slice(0, 20).map((c, i) => ({ city: c.id, properties: { GDP: String(1000 * (i + 1) + 0.5), name: c.name_zh } }));
const choropleth = cityChoropleth(rows, 'GDP', 'gdp.csv', 'quantile', 4);
const withGdp = withCityColumns(features, indicatorColumns(choropleth));
const { state } = parseQuery('cluster=automotive&indicator=GDP&classes=4');
const visible = applyFilters(model, state.filters);
const hasGdal = spawnSync('ogrinfo', ['--version']).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'gd-ind-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the indicator joined onto the cities for an export', () => {
  it('adds the values as numbers and the class (1 = lowest) after the plan properties, null without a value', () => {
    const fc = JSON.parse(toGeoJSON(model, withGdp, visible, 'cities')) as { features: { id: string; properties: Record<string, unknown> }[] };
    const first = fc.features.find((f) => f.id === model.cities[0]!.id)!;
    expect(first.properties.GDP).toBe(1000.5);
    expect(first.properties.indicator_class).toBe(1);
    expect(Object.keys(first.properties).slice(-2)).toEqual(['GDP', 'indicator_class']);
    const last = fc.features.find((f) => f.id === model.cities[20]!.id);
    if (last) expect([last.properties.GDP, last.properties.indicator_class]).toEqual([null, null]);
    expect(fc.features.filter((f) => f.properties.indicator_class === 4).length).toBe(5);
  });

  it('types them for GIS tables: real values, integer classes; other layers and the plain features are untouched', () => {
    const [cities] = layerTables(withGdp, visible, 'cities', 'wgs84');
    expect(cities!.columns.slice(-2)).toEqual([{ name: 'GDP', type: 'real' }, { name: 'indicator_class', type: 'integer' }]);
    expect(features.cities.features[0]!.properties).not.toHaveProperty('GDP');
    expect(withGdp.zones).toBe(features.zones);
    expect(withGdp.corridors).toBe(features.corridors); // a getter on the original, read through
  });

  it('renames a column the cities already have (imported_…), never overwriting the plan', () => {
    const clash = withCityColumns(features, [{ name: 'name_zh', valueOf: () => 1 }]);
    const p = clash.cities.features[0]!.properties as unknown as Record<string, unknown>;
    expect([p.name_zh, p.imported_name_zh]).toEqual([features.cities.features[0]!.properties.name_zh, 1]);
  });

  it.skipIf(!hasGdal)('GDAL reads them as Real and Integer fields in the GeoPackage and the Shapefile', async () => {
    const gpkg = join(dir, 'c.gpkg');
    writeFileSync(gpkg, toGeoPackage(await loadSqlite(), model, withGdp, visible, { layers: ['cities'], crs: 'wgs84' }));
    const info = spawnSync('ogrinfo', ['-ro', '-so', gpkg, 'cities'], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/GDP: Real/);
    expect(info).toMatch(/indicator_class: Integer/);
    const zip = join(dir, 'c.zip');
    writeFileSync(zip, toShapefileZip(withGdp, visible, 'cities', { crs: 'wgs84', encoding: 'utf-8' }));
    const shp = spawnSync('ogrinfo', ['-ro', '-so', `/vsizip/${zip}`, 'cities'], { encoding: 'utf8' }).stdout;
    expect(shp).toMatch(/GDP: Real/);
    expect(shp).toMatch(/ind_class: Integer/);
  });
});

describe('the indicator in the print', () => {
  const input = { model, features, visible, state: printState(state), basemap: readBasemap(), choropleth };
  const page = printDocument(input, DEFAULT_FRAME, null).pages[0]!;

  it('fills the cities with the classes\' colours instead of the cluster ranks', () => {
    const fills = new Map(page.commands.flatMap((c: PrintCommand) => (c.type === 'path' && c.id?.startsWith('city:') ? [[c.id.slice(5), c.fill]] : [])));
    for (const city of model.cities) if (visible.cityIds.has(city.id)) expect(fills.get(city.id)).toEqual(choropleth.colorOf(city.id));
  });

  it('heads the legend with the column, the file and the class limits', () => {
    const text = pageText(page).join('\n');
    expect(text).toContain('GDP（gdp.csv）');
    expect(text).toContain('1,001 – 5,751'); // the first quartile's limits
    expect(text).toContain('无数据');
  });

  it('leaves the cluster atlas on each cluster\'s ranks', () => {
    const atlas = printDocument(input, DEFAULT_FRAME, 'clusters');
    expect(pageText(atlas.pages[3]!).join('\n')).not.toContain('gdp.csv');
  });
});
