import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs, USAGE, UsageError } from '../../../src/cli/args.ts';
import { runExport } from '../../../src/cli/export.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/export.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
const run = (argv: string[]) => { const warnings: string[] = []; return { text: runExport(parseArgs(argv), (w) => warnings.push(w)), warnings }; };

describe('parseArgs', () => {
  it('names every flag it accepts in the usage text', () => {
    // the list of accepted flags comes from the error for an unknown one
    let accepted = '';
    try { parseArgs(['--nosuchflag', 'x']); } catch (e) { accepted = (e as Error).message.split('allowed: ')[1] ?? ''; }
    const flags = accepted.split(', ');
    expect(flags.length).toBeGreaterThan(10);
    expect(flags.filter((f) => !USAGE.includes(`[${f}`))).toEqual([]);
  });
  it('reads --flag value and --flag=value', () => {
    expect(parseArgs(['--layer', 'zones', '--format=csv', '--bom'])).toMatchObject({ layer: 'zones', format: 'csv', bom: true });
  });
  it.each([
    [['--layer', 'rivers'], /--layer "rivers" is not one of: cities, zones, metro, projects, corridors/],
    [['--format', 'xml'], /--format "xml" is not one of: geojson, csv, gpkg, shp, kml/],
    [['--colour', 'red'], /unknown flag --colour/],
    [['--layer'], /--layer needs a value/],
    [['cities'], /unexpected argument/],
  ])('rejects %j with a one-line message', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

describe('runExport', () => {
  it('exports 21 cities by default', () => {
    expect(JSON.parse(run([]).text).features).toHaveLength(21);
  });
  it('applies the filters of a page URL', () => {
    const fc = JSON.parse(run(['--url', 'http://127.0.0.1:5173/?cluster=new_energy&rank=core&lang=en']).text);
    expect(fc.features).toHaveLength(6);
    expect(fc.metadata.filters).toBe('cluster=new_energy&rank=core');
  });
  it('lets a flag override the same parameter in --url', () => {
    const fc = JSON.parse(run(['--url', '?zone=north', '--zone', 'east_wing']).text);
    expect(fc.features.map((f: { id: string }) => f.id)).toEqual(['440500', '441500', '445100', '445200']);
  });
  it('warns about bad --url parameters but still exports', () => {
    const { text, warnings } = run(['--url', '?zone=mars&cluster=robotics']);
    expect(warnings).toEqual(['warning: --url zone=mars: unknown value dropped']);
    expect(JSON.parse(text).metadata.filters).toBe('cluster=robotics');
  });
  it('rejects a bad filter flag value, naming the allowed values', () => {
    expect(() => run(['--zone', 'mars'])).toThrow(/--zone "mars": unknown value dropped; allowed: prd, east_wing, west_wing, north/);
  });
});

describe('npm run export (process)', { timeout: 60_000 }, () => {
  it('prints GeoJSON to stdout and exits 0', () => {
    const r = cli('--layer', 'cities', '--zone', 'north');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).features).toHaveLength(5);
  });
  it('exits 2 with one line on a bad flag, without a stack trace', () => {
    const r = cli('--rank', 'gold');
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^export: --rank "gold"/);
  });
  it('writes --out atomically and refuses a missing directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gd-export-'));
    const ok = cli('--format', 'csv', '--out', join(dir, 'cities.csv'));
    expect(ok.status).toBe(0);
    expect(readFileSync(join(dir, 'cities.csv'), 'utf8')).toMatch(/^city_id,/);
    const bad = cli('--out', join(dir, 'missing', 'x.geojson'));
    expect(bad.status).toBe(2);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });
});
