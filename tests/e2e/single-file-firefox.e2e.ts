import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { parseArgs } from '../../src/cli/args.ts';
import { runExport } from '../../src/cli/export.ts';
import { applyFilters } from '../../src/filters/apply.ts';
import { parseQuery } from '../../src/filters/query.ts';
import { bubbleRadius, markOffsets } from '../../src/layers/mark-layout.ts';
import { DEFAULT_ZOOM } from '../../src/layers/mode.ts';
import { RANK_COLORS } from '../../src/layers/palette.ts';
import { features, model } from '../load-repo.ts';
import { SCREENSHOTS, near } from './browser.ts';

// The one-file app in Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi (playwright-core
// needs its own patched Firefox). Headless Firefox has no WebGL at all (Mozilla bug 1375585: "Exhausted GL
// driver options"), so Firefox runs headed on a virtual X display (Debian's xvfb), where Mesa's llvmpipe
// gives it WebGL 2. Without Firefox or Xvfb the test is skipped, except under CI, where .ci/run installs them.
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const XVFB = '/usr/bin/Xvfb';
const missing = [FIREFOX, XVFB].filter((p) => !existsSync(p));
const skip = missing.length > 0 && !process.env.CI;
if (skip) console.warn(`single-file-firefox: SKIPPED, not installed: ${missing.join(', ')} (apt-get install firefox-esr xvfb; under CI=true the test runs)`);

const QUERY = 'layers=cities,zones,clusters,projects&cluster=new_energy';
const fileUrl = () => pathToFileURL(join(inject('distDir'), 'guangdong-map.html')).href;
const shownFor = (query: string) => applyFilters(model, parseQuery(query).state.filters).counts;
const downloads = mkdtempSync(join(tmpdir(), 'gd-firefox-dl-'));

let xvfb: ChildProcess | undefined;
let browser: Browser | undefined;

/** Xvfb on the first free display (-displayfd: no fixed display number, no TCP port). */
function startXvfb(): Promise<string> {
  xvfb = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    xvfb!.once('error', reject);
    xvfb!.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
    xvfb!.stdio[3]!.once('data', (d) => resolve(`:${String(d).trim()}`));
  });
}

beforeAll(async () => {
  if (skip) return;
  const display = await startXvfb();
  browser = await puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX, headless: false, env: { ...process.env, DISPLAY: display },
    // downloads go to a folder of the test's own, without asking
    extraPrefsFirefox: { 'browser.download.folderList': 2, 'browser.download.dir': downloads, 'browser.download.useDownloadDir': true, 'browser.download.always_ask_before_handling_new_types': false },
  });
});
afterAll(async () => { await browser?.close(); xvfb?.kill(); });

/** The median colours of size×size blocks of the page around points, from one real screenshot (decoded in the page, no request). */
async function pixelsAt(page: Page, points: { x: number; y: number; size: number }[]): Promise<number[][]> {
  const png = await page.screenshot({ encoding: 'base64' });
  return page.evaluate(async (b64, blocks) => {
    const image = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
    const ctx = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    return blocks.map(({ x, y, size }) => {
      const half = Math.floor(size / 2);
      const data = ctx.getImageData(Math.round(x) - half, Math.round(y) - half, size, size).data;
      return [0, 1, 2].map((c) => data.filter((_, i) => i % 4 === c).sort((p, q) => p - q)[Math.floor(data.length / 8)]!);
    });
  }, png, points);
}

const gdmap = (page: Page) => page.evaluateHandle(() => (window as unknown as { __gdmap: unknown }).__gdmap);
/** Screen position of a city's label point. */
const cityAt = (page: Page, adcode: string) => page.evaluate((p) => {
  const map = (window as unknown as { __gdmap: { project(p: [number, number]): { x: number; y: number }; getContainer(): HTMLElement } }).__gdmap;
  const box = map.getContainer().getBoundingClientRect();
  const at = map.project(p);
  return { x: box.left + at.x, y: box.top + at.y };
}, features.cityPoints.get(adcode as never)! as [number, number]);

/** Resolves on the map's next `idle` after a forced repaint, once no layer waits for deck.gl (as browser.ts's mapIdle). */
async function mapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[data-layers-pending]'), { timeout: 60_000 });
  await page.evaluate(() => new Promise<void>((done) => {
    const map = (window as unknown as { __gdmap: { once(e: string, f: () => void): void; triggerRepaint(): void } }).__gdmap;
    map.once('idle', () => done());
    map.triggerRepaint();
  }));
}

/** A download's text once Firefox has finished it (it writes `<name>.part` first, then moves it). */
async function downloaded(name: string): Promise<string> {
  const done = () => { const files = readdirSync(downloads); return files.includes(name) && !files.some((f) => f.endsWith('.part')) && statSync(join(downloads, name)).size > 0; };
  for (let i = 0; i < 150 && !done(); i++) await new Promise((wait) => setTimeout(wait, 100));
  expect(readdirSync(downloads)).toContain(name);
  return readFileSync(join(downloads, name), 'utf8');
}

/** Clicks the first element matching `selector` whose text contains `text`. */
async function clickText(page: Page, selector: string, text: string, inner = ''): Promise<void> {
  const handle = await page.evaluateHandle((s, t, i) => {
    const el = [...document.querySelectorAll(s)].find((e) => e.textContent?.includes(t));
    return (i ? el?.querySelector(i) : el) ?? null;
  }, selector, text, inner);
  const element = handle.asElement();
  if (!element) throw new Error(`no ${selector} with "${text}"`);
  await (element as ElementHandle<Element>).click();
}

describe.skipIf(skip)('the one-file app from file:// in Firefox ESR (WebGL 2 on llvmpipe)', () => {
  it('draws the linked view with deck.gl, filters, exports a download and imports a file, reading nothing but itself', async () => {
    const page = await browser!.newPage();
    await page.setViewport({ width: 1280, height: 720 });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => { if (m.type() === 'error' || /WebGL warning/.test(m.text())) errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${fileUrl()}?${QUERY}`);
    await page.waitForFunction(() => (window as unknown as { __gdmap?: { loaded(): boolean } }).__gdmap?.loaded() === true, { timeout: 60_000 });
    await page.waitForSelector('.app[data-ready]', { timeout: 60_000 });
    await page.waitForSelector('.map[data-deck="ready"]', { timeout: 60_000 });
    await mapIdle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/single-file-firefox.png` });
    const text = (sel: string) => page.$eval(sel, (e) => e.textContent ?? '');
    expect(await text('[data-testid="projects-shown"]')).toContain(`${shownFor(QUERY).projects[0]} / ${model.projects.length}`);
    expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl2') !== null)).toBe(true);

    // pixels: the cities' rank colours (MapLibre) and 云浮's project-count bubble (deck.gl) over its fill
    await (await gdmap(page)).evaluate((m) => (m as { setLayoutProperty(l: string, p: string, v: string): void }).setLayoutProperty('city-labels', 'visibility', 'none'));
    await mapIdle(page);
    const zhanjiang = await cityAt(page, '440800'); // ★★★ in new energy
    const yunfu = await cityAt(page, '445300');      // ★, two projects
    const r = bubbleRadius(applyFilters(model, parseQuery(QUERY).state.filters).projectsPerFirstCity.get('445300' as never)!);
    const { bubbleTop } = markOffsets(DEFAULT_ZOOM, 1, 'zh', true);
    const centre = { x: yunfu.x, y: yunfu.y + bubbleTop + r };
    const [zhanjiangFill, fill, bubble, beside] = await pixelsAt(page, [
      { ...zhanjiang, size: 5 }, { ...yunfu, size: 5 },
      { x: centre.x - 0.6 * r, y: centre.y, size: 3 }, // left of the count's digits
      { x: centre.x - r - 4, y: centre.y, size: 3 },   // the map just outside the bubble
    ]) as [number[], number[], number[], number[]];
    expect(near(zhanjiangFill, RANK_COLORS.core), `zhanjiang ${zhanjiangFill}`).toBe(true);
    expect(near(fill, RANK_COLORS.general), `yunfu ${fill}`).toBe(true);
    const alpha = 200 / 255; // project-groups.ts: [31, 42, 51, 200] over the map
    expect(near(bubble, [31, 42, 51].map((c, i) => alpha * c + (1 - alpha) * beside[i]!), 16), `bubble ${bubble} beside ${beside}`).toBe(true);

    // a filter: core only
    await clickText(page, 'label', '核心 ★★★', 'input');
    const core = `${QUERY}&rank=core`;
    await page.waitForFunction(() => location.search.includes('rank=core'));
    await page.waitForFunction((t) => document.querySelector('[data-testid="projects-shown"]')?.textContent?.includes(t),
      {}, `${shownFor(core).projects[0]} / ${model.projects.length}`);

    // a GeoJSON export, saved by Firefox as a download
    await clickText(page, 'button', '导出');
    await page.select('[data-testid="export-format"]', 'geojson');
    await page.click('[data-testid="export-download"]');
    const exported = JSON.parse(await downloaded('gd-cities.geojson')) as { features: unknown[] };
    expect(exported.features.length).toBe(shownFor(core).cities[0]);
    // "offline map (HTML)": the same bytes as the CLI's --format html for this page's URL
    await page.click('[data-testid="export-offline-html"]');
    const saved = await downloaded('guangdong-map.html');
    const cli = runExport(parseArgs(['--format', 'html', '--url', page.url()]), () => {}, undefined, () => readFileSync(join(inject('distDir'), 'guangdong-map.html'), 'utf8'));
    expect(saved === cli, 'saved offline map = CLI output').toBe(true);

    // an import: the worker runs from a data: URL in Firefox too
    const csv = join(mkdtempSync(join(tmpdir(), 'gd-firefox-')), 'sites.csv');
    writeFileSync(csv, '名称,城市\n测试园区A,广州\n测试园区B,湛江市\n');
    await ((await page.$('[data-testid="import-input"]')) as ElementHandle<HTMLInputElement>).uploadFile(csv);
    await page.waitForSelector('[data-testid="import-loaded"], [data-testid="import-errors"]', { timeout: 30_000 });
    expect(await text('[data-testid="import-loaded"]')).toContain('/ 2');
    await mapIdle(page);

    // the recorder sees this page's requests (its data: workers); none goes anywhere but the file, data: and blob:
    expect(requests.some((u) => u.startsWith('data:text/javascript'))).toBe(true);
    expect(requests.filter((u) => u.split(/[?#]/)[0] !== fileUrl() && !/^(data|blob):/.test(u))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
