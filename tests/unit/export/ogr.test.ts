// Opens the GeoPackage, Shapefile and KML exports with GDAL (Debian gdal-bin, installed by .ci/run).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args.ts';
import { runExportFile } from '../../../src/cli/export.ts';
import { loadFromDisk } from '../../../src/cli/files.ts';
import { encodeGbk } from '../../../src/export/gbk.ts';

const hasGdal = spawnSync('ogrinfo', ['--version']).status === 0;
const loaded = loadFromDisk();
const dir = mkdtempSync(join(tmpdir(), 'gd-ogr-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Props = Record<string, unknown>;
type FC = { features: { id?: string; properties: Props; geometry: { type: string; coordinates: unknown } }[]; metadata?: Props };

async function exportTo(name: string, argv: string[]): Promise<string> {
  const out = await runExportFile(parseArgs(argv), () => {}, () => loaded);
  const file = join(dir, name);
  writeFileSync(file, out);
  return file;
}
const textOf = (out: string | Uint8Array) => (typeof out === 'string' ? out : new TextDecoder().decode(out));
const geojson = async (argv: string[]) => JSON.parse(textOf(await runExportFile(parseArgs(argv), () => {}, () => loaded))) as FC;
const ogr = (...args: string[]) => {
  const r = spawnSync('ogrinfo', ['-ro', ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
};
/** ogr2ogr to GeoJSON: the features GDAL reads from one layer. */
const read = (source: string, layer: string): FC => {
  const r = spawnSync('ogr2ogr', ['-f', 'GeoJSON', '/vsistdout/', source, layer], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as FC;
};
const layerNames = (info: string) => [...info.matchAll(/^\d+: (\S+)(?: \(([^)]+)\))?$/gm)].map((m) => (m[2] ? `${m[1]} (${m[2]})` : m[1]!));
const count = (source: string, layer: string) => Number(/Feature Count: (\d+)/.exec(ogr('-so', source, layer))![1]);
// empty text and null are the same blank cell in a .dbf
const blankless = (p: Props) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v === '' ? null : v]));

describe.skipIf(!hasGdal)('exports opened with GDAL', { timeout: 60_000 }, () => {
  const URL = '?cluster=automotive&rank=core,key';

  it('gpkg of a URL has the shown layers as tables and a cities table with exactly the GeoJSON export\'s cities and properties', async () => {
    const file = await exportTo('all.gpkg', ['--format', 'gpkg', '--url', URL]);
    expect(layerNames(ogr(file))).toEqual(['cities (Multi Polygon)', 'zones (Multi Polygon)', 'sources (None)', 'disagreements (None)']);
    const expected = await geojson(['--url', URL]);
    const got = read(file, 'cities');
    expect(got.features.map((f) => f.properties)).toEqual(expected.features.map((f) => f.properties));
    expect(ogr('-so', file, 'cities')).toMatch(/filters=cluster=automotive&rank=core,key/);
    expect(ogr('-so', file, 'cities')).toMatch(new RegExp(`data_version=${loaded.model.version}`));
    expect(count(file, 'sources')).toBe(loaded.model.sources.length);
  });

  it('gpkg --layer projects holds points and lines as two tables, every project together, and the same bytes every time', async () => {
    const file = await exportTo('p.gpkg', ['--format', 'gpkg', '--layer', 'projects', '--layers', 'cities']);
    expect(layerNames(ogr(file)).slice(0, 2)).toEqual(['projects_point (Point)', 'projects_line (Line String)']);
    expect(count(file, 'projects_point') + count(file, 'projects_line')).toBe(loaded.model.projects.length);
    const again = await runExportFile(parseArgs(['--format', 'gpkg', '--layer', 'projects', '--layers', 'cities']), () => {}, () => loaded);
    expect(Buffer.from(again as Uint8Array).equals(Buffer.from((await runExportFile(parseArgs(['--format', 'gpkg', '--layer', 'projects', '--layers', 'cities']), () => {}, () => loaded)) as Uint8Array))).toBe(true);
  });

  it.each(['utf-8', 'gbk'])('shp --layer projects (%s): every project, points and lines, Chinese readable, properties round-trip under their full names', async (encoding) => {
    const file = await exportTo(`p-${encoding}.zip`, ['--format', 'shp', '--layer', 'projects', '--encoding', encoding]);
    const zip = `/vsizip/${file}`;
    expect(layerNames(ogr(zip))).toEqual(['projects_point (Point)', 'projects_line (Line String)']);
    expect(count(zip, 'projects_point') + count(zip, 'projects_line')).toBe(loaded.model.projects.length);
    const fields = new TextDecoder().decode(unzipSync(await import('node:fs').then((fs) => fs.readFileSync(file)))['fields.csv']);
    const full = new Map(fields.trim().split('\r\n').slice(1).map((l) => l.split(',')).filter((c) => c[0] === 'projects_point').map((c) => [c[1]!, c[2]!]));
    // GBK lacks a few characters (the ô of Entrepôt): they become "?"
    const asWritten = (v: unknown) => (encoding === 'gbk' && typeof v === 'string' ? new TextDecoder('gbk').decode(encodeGbk(v)) : v);
    const expected = new Map((await geojson(['--layer', 'projects'])).features.map((f) => [f.properties.project_id,
      Object.fromEntries(Object.entries(blankless(f.properties)).map(([k, v]) => [k, asWritten(v)]))]));
    for (const layer of ['projects_point', 'projects_line']) {
      for (const f of read(zip, layer).features) {
        const props = Object.fromEntries(Object.entries(f.properties).map(([k, v]) => [full.get(k) ?? k, v]));
        expect(props).toEqual(expected.get(props.project_id));
      }
    }
    expect(ogr(zip, 'projects_point', '-where', "project_id='gd-digital-creative-tech-engineering-lab'", '-q')).toMatch(/name_zh \(String\) = 广东省数字创意技术工程实验室/);
  });

  it('shp cities keep rank columns under their chosen short names, and the .dbf is GBK when asked', async () => {
    const file = await exportTo('c-gbk.zip', ['--format', 'shp', '--encoding', 'gbk']);
    const files = unzipSync((await import('node:fs')).readFileSync(file));
    expect(Object.keys(files).sort()).toEqual(['cities.cpg', 'cities.dbf', 'cities.prj', 'cities.shp', 'cities.shx', 'fields.csv']);
    expect(new TextDecoder().decode(files['cities.cpg'])).toBe('GBK');
    expect(Buffer.from(files['cities.dbf']!).includes(Buffer.from([0xb9, 0xe3, 0xd6, 0xdd]))).toBe(true); // 广州 in GBK
    const gz = read(`/vsizip/${file}`, 'cities').features.find((f) => f.properties.city_id === '440100')!;
    expect(gz.properties).toMatchObject({ name_zh: '广州市', r_auto: 'core', r_precinst: 'core', clust_cnt: 20 });
  });

  it('kml --layer cities opens as one layer with every city, typed columns and the same properties', async () => {
    const file = await exportTo('c.kml', ['--format', 'kml', '--layer', 'cities']);
    expect(layerNames(ogr(file))).toEqual(['cities']);
    expect(count(file, 'cities')).toBe(21);
    const expected = new Map((await geojson([])).features.map((f) => [f.properties.city_id, f.properties]));
    for (const f of read(file, 'cities').features) {
      const { Name, description, tessellate, extrude, visibility, ...props } = f.properties;
      void tessellate; void extrude; void visibility;
      const own = expected.get(props.city_id)!;
      expect(Name).toBe(`${own.name_zh} ${own.name_en}`);
      expect(String(description)).toContain(`core_count: ${own.core_count}`);
      expect(Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null))).toEqual(Object.fromEntries(Object.entries(own).filter(([, v]) => v !== null)));
    }
  });
});
