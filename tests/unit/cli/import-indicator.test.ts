// --import FILE: the CLI honours the URL's indicator as the page does (the file's values as typed city columns).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args.ts';
import { run, runExportFile } from '../../../src/cli/export.ts';
import { toGeoJSON } from '../../../src/export/geojson.ts';
import { indicatorColumns, withCityColumns } from '../../../src/export/indicator-columns.ts';
import { loadSqlite } from '../../../src/export/sqlite.ts';
import { applyFilters } from '../../../src/filters/apply.ts';
import { parseQuery } from '../../../src/filters/query.ts';
import { cityChoropleth } from '../../../src/layers/choropleth.ts';
import { features, model } from '../../load-repo.ts';

const dir = mkdtempSync(join(tmpdir(), 'gd-cli-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// GDP of 20 cities by name (the 21st has none), as an analyst's CSV holds it: text that is numbers
const cities = model.cities.slice(0, 20);
const csv = join(dir, 'gdp.csv');
writeFileSync(csv, `城市,GDP\n${cities.map((c, i) => `${c.name_zh},${1000 * (i + 1) + 0.5}`).join('\n')}\n`);
const URL = '?cluster=automotive&indicator=GDP&classes=4';
const cli = async (...argv: string[]) => {
  const warnings: string[] = [];
  const out = await runExportFile(parseArgs(argv), (w) => warnings.push(w), () => ({ model, features }));
  return { out, text: typeof out === 'string' ? out : new TextDecoder().decode(out), warnings };
};

describe('npm run export -- --import FILE with indicator=', () => {
  it('joins the values onto the cities as numbers with their class, byte for byte as the page joins them', async () => {
    const { text, warnings } = await cli('--import', csv, '--url', URL);
    expect(warnings).toEqual([]);
    const fc = JSON.parse(text) as { features: { id: string; properties: Record<string, unknown> }[] };
    const first = fc.features.find((f) => f.id === cities[0]!.id);
    if (first) expect([first.properties.GDP, first.properties.indicator_class]).toEqual([1000.5, 1]);
    expect(fc.features.every((f) => typeof f.properties.GDP === 'number' || f.properties.GDP === null)).toBe(true);
    expect(fc.features.filter((f) => typeof f.properties.GDP === 'number').length).toBeGreaterThan(3);
    // the page: the imported rows' values through cityChoropleth and withCityColumns (src/ui/export/export-menu.tsx)
    const rows = cities.map((c, i) => ({ city: c.id, properties: { GDP: String(1000 * (i + 1) + 0.5) } }));
    const page = withCityColumns(features, indicatorColumns(cityChoropleth(rows, 'GDP', 'gdp.csv', 'quantile', 4)));
    expect(text).toBe(toGeoJSON(model, page, applyFilters(model, parseQuery(URL).state.filters, features), 'cities'));
  });

  it('writes them as typed columns in CSV, GeoPackage (with the file as its own table) and Shapefile', async () => {
    const table = (await cli('--import', csv, '--url', URL, '--format', 'csv')).text.split(/\r?\n/);
    const header = table[0]!.split(',');
    const row = table.find((l) => l.startsWith(`${cities[1]!.id},`))?.split(',');
    if (row) expect(row[header.indexOf('GDP')]).toBe('2000.5'); // a number, not "2000.5" in quotes
    expect(header).toContain('indicator_class');

    const gpkg = (await cli('--import', csv, '--url', URL, '--format', 'gpkg')).out as Uint8Array;
    const db = new (await loadSqlite()).Database(gpkg);
    const tables = db.exec("SELECT name FROM sqlite_master WHERE type = 'table'")[0]!.values.flat();
    expect(tables).toEqual(expect.arrayContaining(['cities', 'imported_point']));
    const types = db.exec("SELECT typeof(GDP), typeof(indicator_class) FROM cities WHERE GDP IS NOT NULL LIMIT 1")[0]!.values[0];
    db.close();
    expect(types).toEqual(['real', 'integer']);

    const zip = unzipSync((await cli('--import', csv, '--url', URL, '--format', 'shp', '--layer', 'cities')).out as Uint8Array);
    const fields = new TextDecoder().decode(zip['fields.csv']);
    expect(fields).toMatch(/cities,GDP,GDP,real/);
    expect(fields).toMatch(/cities,ind_class,indicator_class,integer/);
  });

  it('says why the cities get no indicator columns: no file, or a column the file does not have', async () => {
    const none = await cli('--url', URL);
    expect(none.warnings).toEqual([expect.stringMatching(/indicator=GDP needs the file holding that column \(--import FILE\)/)]);
    expect(JSON.parse(none.text).features[0].properties).not.toHaveProperty('GDP');
    const other = await cli('--import', csv, '--url', '?indicator=POP');
    expect(other.warnings).toEqual([expect.stringMatching(/indicator=POP is not a numeric column of gdp\.csv \(numeric: GDP\)/)]);
  });

  it('refuses a missing or broken file with a one-line message and exit code 2', async () => {
    const lines: string[] = [];
    const io = { stdout: () => {}, stderr: (t: string) => lines.push(t), load: () => ({ model, features }) };
    expect(await run(['--import', join(dir, 'nope.csv')], io)).toBe(2);
    writeFileSync(join(dir, 'bad.geojson'), '{"type": "FeatureCollection", "features": [');
    expect(await run(['--import', join(dir, 'bad.geojson')], io)).toBe(2);
    expect(lines[0]).toMatch(/--import ".*nope\.csv": no such file/);
    expect(lines[1]).toMatch(/--import ".*bad\.geojson": /);
  });
});
