import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESCRIPTION, pngText } from '../../../src/export/png-text.ts';
import { run } from '../../../src/cli/export.ts';
import { loadFromDisk } from '../../../src/cli/files.ts';
import { readBasemap } from '../../../src/cli/print-files.ts';
import { applyFilters } from '../../../src/filters/apply.ts';
import { parseQuery } from '../../../src/filters/query.ts';
import { cityFillColor } from '../../../src/layers/cities.ts';
import { DEFAULT_FRAME } from '../../../src/print/commands.ts';
import { printDocument } from '../../../src/print/index.ts';
import { printState } from '../../../src/print/input.ts';

// Reads the CLI's PDFs with Debian's poppler-utils (installed by .ci/run), as a reader of the file would.
const loaded = loadFromDisk();
const dir = mkdtempSync(join(tmpdir(), 'print-'));
const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });
const TITLE = '<script>alert("x")</script> ) Tj ET %%EOF <svg onload=1>';
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const exec = async (argv: string[]) => {
  let stderr = '';
  const code = await run(argv, { stdout: () => {}, stderr: (t) => { stderr += t; }, load: () => loaded });
  return { code, stderr };
};

describe('export --format pdf (read with poppler-utils)', { timeout: 60_000 }, () => {
  const map = join(dir, 'map.pdf');
  const atlas = join(dir, 'atlas.pdf');
  beforeAll(async () => {
    expect(await exec(['--format', 'pdf', '--url', '?cluster=automotive&layers=cities,zones,clusters,projects', '--paper', 'A3', '--orientation', 'landscape', '--title', TITLE, '--out', map])).toEqual({ code: 0, stderr: '' });
    expect((await exec(['--format', 'pdf', '--atlas', 'cities', '--paper', 'A4', '--out', atlas])).code).toBe(0);
  }, 120_000);

  it('writes one A3 landscape page of 1190 × 842 pt', () => {
    const info = poppler('pdfinfo', map);
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:\s+1190 x 842 pts/);
  });
  it('embeds every font', () => {
    const rows = poppler('pdffonts', map).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split(/\s+/).at(-5)).toBe('yes');
  });
  it('holds the title literally, city names, the legend heading, the scale unit and the disclaimer as text', () => {
    const text = poppler('pdftotext', map, '-');
    for (const s of [TITLE, '广州', '湛江', '图例', '公里 km', '界线不作为权属争议的依据']) expect(text).toContain(s);
  });
  it('puts the view in words on the printed page (pdftotext finds it)', () => {
    expect(poppler('pdftotext', map, '-').replace(/\s+/g, '')).toContain('显示620个项目中的');
  });
  it('draws the map as vectors: no full-page image', () => {
    const images = poppler('pdfimages', '-list', map).trim().split('\n').slice(2);
    expect(images).toEqual([]);
  });
  it('renders each city in its rank colour (pdftoppm, coarse)', () => {
    const ppm = execFileSync('pdftoppm', ['-r', '36', map]);
    const [w, h] = ppm.subarray(0, 20).toString('latin1').split(/\s+/).slice(1, 3).map(Number) as [number, number];
    const at = (xPt: number, yPt: number) => {
      const i = ppm.length - w * h * 3 + (Math.round((yPt * 36) / 72) * w + Math.round((xPt * 36) / 72)) * 3;
      return [ppm[i]!, ppm[i + 1]!, ppm[i + 2]!];
    };
    // a point in each large city 30 pt left of its name's label point, in the colour the page fills it with
    const { state } = parseQuery('cluster=automotive&layers=cities,zones,clusters,projects');
    const input = { ...loaded, visible: applyFilters(loaded.model, state.filters), state: printState(state), show: state.show, basemap: readBasemap() };
    const page = printDocument(input, { ...DEFAULT_FRAME, title: TITLE }, null).pages[0]!;
    const labels = new Map(page.commands.flatMap((c) => (c.type === 'text' ? [[c.text, c] as const] : [])));
    for (const short of ['韶关', '清远', '河源', '梅州']) {
      const city = loaded.model.cities.find((c) => c.short_zh === short)!;
      const label = labels.get(short)!;
      const expected = cityFillColor(loaded.features.cities.features.find((f) => f.id === city.id)!, input);
      const got = at(label.x - 30, label.y - 3);
      got.forEach((v, i) => expect(Math.abs(v - expected[i]!), `${short}: ${got} vs ${expected}`).toBeLessThan(40));
    }
  });
  it('names every city in the city atlas, one page each after the cover and contents', () => {
    expect(poppler('pdfinfo', atlas)).toMatch(/Pages:\s+23\n/);
    const text = poppler('pdftotext', atlas, '-');
    for (const c of loaded.model.cities) expect(text).toContain(c.name_zh);
  });
  it('writes the same bytes twice (fixed metadata)', async () => {
    const again = join(dir, 'again.pdf');
    await exec(['--format', 'pdf', '--url', '?cluster=automotive&layers=cities,zones,clusters,projects', '--paper', 'A3', '--orientation', 'landscape', '--title', TITLE, '--out', again]);
    expect(Buffer.compare(readFileSync(again), readFileSync(map))).toBe(0);
  });
});

describe('export --format png', () => {
  it('draws the same page at 300 dpi (A4 landscape: 3508 px wide) as a PNG', async () => {
    const out = join(dir, 'map.png');
    expect((await exec(['--format', 'png', '--paper', 'A4', '--url', '?cluster=automotive', '--out', out])).code).toBe(0);
    const png = readFileSync(out);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([3508, 2479]);
    // its alt text: the view in words (present/describe.ts), as an iTXt Description chunk
    expect(pngText(png, DESCRIPTION)).toMatch(/^汽车：核心城市 \d+ 个（广州市/);
  }, 60_000);
});
