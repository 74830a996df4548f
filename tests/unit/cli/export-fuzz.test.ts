import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/export.ts';
import { loadFromDisk } from '../../../src/cli/files.ts';
import { MAX_WARNINGS, parseQuery, toFilterQuery } from '../../../src/filters/query.ts';
import { CLUSTER_IDS } from '../../../src/model/index.ts';
import { expectedDrops, FUZZ_SEED, fuzzCorpus } from '../filters/fuzz-corpus.ts';

const loaded = loadFromDisk(); // once: the CLI reads the same files on every run
const exec = async (argv: string[]) => {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (t) => { stdout += typeof t === 'string' ? t : new TextDecoder().decode(t); }, stderr: (t) => { stderr += t; }, load: () => loaded });
  return { code, stdout, stderr };
};
const LAYERS = ['cities', 'zones', 'metro', 'projects'] as const;
const CORPUS = fuzzCorpus(FUZZ_SEED, 10_000);
const LONG = CORPUS.find((s) => s.length >= 100_000); // the sample keeps at least one 100 kB string whatever the corpus's order
const SAMPLE = CORPUS.filter((s, i) => i % 33 === 0 || s === LONG); // ~300 of the query fuzz corpus
const shownInput = (i: number) => `sample #${i} (seed ${FUZZ_SEED}): ${JSON.stringify(SAMPLE[i]!.slice(0, 200))}`;

describe('export --url with ~300 random and hostile query strings', () => {
  type Result = { url: string; i: number; layer: string; code: number; stdout: string; stderr: string };
  const results: Result[] = [];
  beforeAll(async () => {
    for (const [i, url] of SAMPLE.entries()) {
      const layer = LAYERS[i % LAYERS.length]!;
      try {
        results.push({ url, i, layer, ...(await exec(['--layer', layer, '--url', url])) });
      } catch (e) { // an exception escaping run() is a failure of its own: code -1, shown below
        results.push({ url, i, layer, code: -1, stdout: '', stderr: String((e as Error).stack) });
      }
    }
  });

  it('samples about 300 strings, some of them 100 kB long', () => {
    expect(SAMPLE.length).toBeGreaterThanOrEqual(300);
    expect(SAMPLE.some((s) => s.length >= 100_000)).toBe(true);
  });

  it('exits 0 and prints a GeoJSON FeatureCollection of the parsed filters every time', () => {
    const bad = results.flatMap(({ i, url, code, stdout, stderr, layer }) => {
      try {
        const fc = JSON.parse(stdout);
        const filters = toFilterQuery(parseQuery(url).state.filters);
        if (code === 0 && fc.type === 'FeatureCollection' && Array.isArray(fc.features) && fc.metadata.layer === layer
          && fc.metadata.filters === filters) return [];
        return [`${shownInput(i)}: exit ${code}, type ${fc.type}, filters ${fc.metadata?.filters} ≠ ${filters}`];
      } catch (e) {
        return [`${shownInput(i)}: exit ${code}, ${String(e)}, stderr ${stderr.slice(0, 300)}`];
      }
    });
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it('prints at most one warning line per dropped parameter, and nothing else on stderr', () => {
    const bad = results.flatMap(({ i, url, stderr }) => {
      const lines = stderr === '' ? [] : stderr.replace(/\n$/, '').split('\n');
      const drops = expectedDrops(url);
      const ok = stderr === '' || stderr.endsWith('\n');
      // indicator= kept without --import FILE: one more line saying the cities get no indicator columns (the page's notice)
      const column = parseQuery(url).state.show.indicator.column !== null;
      const allWarnings = lines.every((l) => (l.startsWith('warning: --url ') || (column && l.startsWith('warning: indicator='))) && l.length < 400);
      const limit = (drops > MAX_WARNINGS ? MAX_WARNINGS + 1 : drops) + (column ? 1 : 0);
      return ok && allWarnings && lines.length <= limit ? [] : [`${shownInput(i)}: ${lines.length} lines for ${drops} drops: ${JSON.stringify(stderr.slice(0, 300))}`];
    });
    expect(bad.slice(0, 5)).toEqual([]);
  });
});

describe('export with a bad flag or value', () => {
  const cases: [string[], RegExp][] = [
    [['--colour', 'red'], /^export: unknown flag --colour; allowed: --bom, --help, --layer, --url, --format, --crs, --encoding, --out, --layers,/],
    [['--layer', 'nope'], /^export: --layer "nope" is not one of: cities, zones, metro, projects, corridors, sub-sector-places$/],
    [['--format', 'xml'], /^export: --format "xml" is not one of: geojson, csv, gpkg, shp, kml, html, pdf, png$/],
    [['--layer'], /^export: --layer needs a value; one of: cities, zones, metro, projects, corridors, sub-sector-places$/],
    [['--format', 'csv', '--zone'], /^export: --zone needs a value; allowed: prd, east_wing, west_wing, north$/],
    [['--layer', '--format', 'csv'], /^export: --layer needs a value; one of: cities, zones, metro, projects, corridors, sub-sector-places$/],
    [['--url'], /^export: --url needs a value; a page URL or a query string$/],
    [['--cluster', 'bogus'], new RegExp(`^export: --cluster "bogus": unknown value dropped; allowed: ${CLUSTER_IDS.join(', ')}$`)],
    [['--rank', 'bogus'], /^export: --rank "bogus": unknown value dropped; allowed: core, key, general$/],
    [['--rank', 'core,gold'], /^export: --rank "gold": unknown value dropped; allowed: core, key, general$/],
    [['--view', '1,2'], /^export: --view "1,2": not a valid view .*; allowed: lon,lat,zoom with lon -180..180, lat -85..85, zoom 0..22$/],
    [['--lang', 'fr'], /^export: --lang "fr": unknown value dropped; allowed: zh, en$/],
    [['--bom=no'], /^export: --bom takes no value$/],
    [['--zone', 'prd', '--zone', 'north'], /^export: --zone given twice$/],
    [['cities'], /^export: unexpected argument "cities"/],
    [['--layer', 'a\nb\u001b[31m\u202e'], /^export: --layer "a\\u000ab\\u001b\[31m\\u202e" is not one of: cities/],
    [['--layer', 'x'.repeat(100_000)], /^export: --layer "x{59}…" is not one of: cities/],
    [['--q', 'x'.repeat(300)], /^export: --q "x{59}…": search text cut to its first 200 characters, which are applied; allowed: text of at most 200 characters$/],
    [['--url', '?zone=prd', '--zone', 'mars\r\nwarning: fake'], /^export: --zone "mars\\u000d\\u000awarning: fake": unknown value dropped; allowed: prd,/],
  ];
  it.each(cases.map(([argv, message]) => [JSON.stringify(argv).slice(0, 60), argv, message] as const))('exits 2 with one line naming the flag: %s', async (_, argv, message) => {
    const { code, stdout, stderr } = await exec(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.endsWith('\n')).toBe(true);
    expect(stderr.slice(0, -1).split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
    expect(stderr.length).toBeLessThan(1_000);
    expect(stderr.trimEnd()).toMatch(message);
  });
});

describe('export --out', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gd-export-fuzz-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a missing directory with one line and creates nothing', async () => {
    const { code, stderr } = await exec(['--out', join(dir, 'missing', 'x.geojson')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^export: --out ".*x\.geojson": directory .*missing does not exist\n$/);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it('refuses a directory as the file, leaving it as it was', async () => {
    mkdirSync(join(dir, 'a-directory'));
    const { code, stderr } = await exec(['--out', join(dir, 'a-directory')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^export: --out ".*a-directory" is a directory\n$/);
    expect(readdirSync(join(dir, 'a-directory'))).toEqual([]);
  });

  it('refuses a file as the directory, leaving it as it was', async () => {
    writeFileSync(join(dir, 'plain-file'), 'x');
    const { code, stderr } = await exec(['--out', join(dir, 'plain-file', 'x.geojson')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^export: --out ".*x\.geojson": directory .*plain-file does not exist\n$/);
    expect(readFileSync(join(dir, 'plain-file'), 'utf8')).toBe('x');
  });

  it('leaves no partial or temporary file when the write itself fails', async () => {
    const before = readdirSync(dir).sort();
    const { code, stdout, stderr } = await exec(['--out', join(dir, `new\nline${'n'.repeat(300)}.geojson`)]); // ENAMETOOLONG
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^export: --out "[^\n]*new\\u000aline[^\n]*": ENAMETOOLONG[^\n]*\n$/);
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('writes exactly what stdout would show, with no temporary file left', async () => {
    const argv = ['--url', '?cluster=robotics&zone=mars', '--layer', 'cities'];
    const { code, stderr } = await exec([...argv, '--out', join(dir, 'out.geojson')]);
    expect(code).toBe(0);
    expect(stderr).toBe('warning: --url zone=mars: unknown value dropped\n');
    expect(readFileSync(join(dir, 'out.geojson'), 'utf8')).toBe((await exec(argv)).stdout);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
