import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import length from '@turf/length';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.ts';
import { runExport } from '../../src/cli/export.ts';
import { parseQuery } from '../../src/filters/query.ts';
import { SCREENSHOTS, launchChromium, mapIdle, openApp, project } from './browser.ts';

let browser: Browser;
let page: Page;
let errors: string[];
beforeAll(async () => {
  browser = await launchChromium();
  ({ page, errors } = await openApp(browser, 'layers=cities,projects&near=110.41,21.2,60'));
});
afterAll(async () => { await browser?.close(); });

const cli = (argv: string[]) => runExport(parseArgs(argv), () => {});
const shown = async () => (await page.textContent('[data-testid="projects-shown"]'))!.match(/(\d+)\s*\/\s*(\d+)/)!.slice(1).map(Number);

/** Clicks the points on the map with real mouse events, closing on the first one. */
async function drawOnMap(points: [number, number][]): Promise<void> {
  for (const p of [...points, points[0]!]) {
    const { x, y } = await project(page, p);
    await page.mouse.move(x, y, { steps: 3 });
    await page.mouse.down();
    await page.mouse.up();
    await page.waitForTimeout(150);
  }
}

describe('spatial selection in the page', () => {
  it('?near= exports the same bytes as the CLI', async () => {
    const [n, total] = await shown();
    const expected = cli(['--layer', 'projects', '--near', '110.41,21.20,60']);
    expect(n).toBe(JSON.parse(expected).features.length);
    expect(total).toBeGreaterThan(n!);
    await page.click('button:has-text("导出")');
    await page.selectOption('[data-testid="export-layer"]', 'projects');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('[data-testid="export-download"]')]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(expected);
    await page.screenshot({ path: `${SCREENSHOTS}/spatial-near.png` });
    await page.click('button:has-text("导出")'); // closes the menu
  });

  it('?near= lists the selected projects with their distances, nearest first after choosing the distance order', async () => {
    const list = '[data-testid="near-projects"]';
    await page.waitForSelector(`${list} li`);
    await page.click('[data-testid="near-projects-order"] button[data-order="distance"]');
    await page.waitForSelector('[data-testid="near-projects-order"] button[data-order="distance"][aria-pressed="true"]');
    const rows = await page.$$eval(`${list} li .distance`, (els) => els.map((e) => [Number(e.getAttribute('data-km')), e.textContent ?? '']));
    const km = rows.map(([k]) => k as number);
    expect(km.length).toBeGreaterThan(5);
    expect(km).toEqual([...km].sort((a, b) => a - b));
    expect(km.at(-1)).toBeLessThanOrEqual(60);
    rows.forEach(([k, text]) => expect(text).toContain(`${(k as number).toFixed(1)} 公里`));
    await page.locator(list).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/spatial-near-list.png` });
  });

  it('drawing a polygon with the mouse filters the counts, the map outline and the table', async () => {
    await page.click('[data-testid="spatial-clear"]');
    await page.waitForFunction(() => !location.search.includes('near='));
    await page.evaluate(() => (window as unknown as { __gdmap: { jumpTo(o: object): void } }).__gdmap.jumpTo({ center: [113.4, 22.9], zoom: 7.5 }));
    await mapIdle(page);
    await page.click('[data-testid="spatial-polygon"]');
    const ring: [number, number][] = [[113.0, 22.5], [113.9, 22.5], [113.9, 23.3], [113.0, 23.3]];
    await drawOnMap(ring);
    await page.screenshot({ path: `${SCREENSHOTS}/spatial-drawing.png` });
    expect(errors).toEqual([]);
    await page.waitForFunction(() => location.search.includes('within='), null, { timeout: 20_000 });
    await mapIdle(page);
    const filters = parseQuery(page.url()).state.filters;
    const drawn = filters.within!.polygons[0]![0]!;
    drawn.slice(0, 4).forEach((p, i) => { expect(Math.abs(p[0] - ring[i]![0])).toBeLessThan(0.02); expect(Math.abs(p[1] - ring[i]![1])).toBeLessThan(0.02); });
    const exported = JSON.parse(cli(['--layer', 'projects', '--url', page.url()]));
    const all = JSON.parse(cli(['--layer', 'projects'])).features as { geometry: { type: string; coordinates: [number, number] } }[];
    const inside = all.filter((f) => f.geometry.type === 'Point' && booleanPointInPolygon(f.geometry.coordinates, { type: 'Polygon', coordinates: [drawn] })).length;
    const [n] = await shown();
    expect(n).toBe(exported.features.length);
    expect(n).toBeGreaterThanOrEqual(inside);
    expect(n).toBeGreaterThan(10);
    await page.screenshot({ path: `${SCREENSHOTS}/spatial-drawn.png` });
    await page.click('button:has-text("表格")');
    const rows = await page.locator('[data-testid="table-view"] tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    await page.click('button:has-text("地图")');
  });

  it('measures a distance within 0.5 % of turf', async () => {
    await page.click('[data-testid="spatial-measure-line"]');
    const line: [number, number][] = [[113.1, 22.6], [113.8, 23.2]];
    for (const p of line) {
      const { x, y } = await project(page, p);
      await page.mouse.move(x, y, { steps: 3 });
      await page.mouse.down();
      await page.mouse.up();
      await page.waitForTimeout(150);
    }
    const last = await project(page, line[1]!);
    await page.mouse.down(); // a second click on the last point finishes the line
    await page.mouse.up();
    void last;
    const readout = await page.waitForSelector('[data-testid="measure-readout"]', { timeout: 20_000 });
    const value = Number(await readout.getAttribute('data-value'));
    const expected = length({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: line } });
    expect(Math.abs(value - expected) / expected).toBeLessThan(0.005);
    await page.screenshot({ path: `${SCREENSHOTS}/spatial-measure.png` });
  });
});
