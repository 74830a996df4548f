import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SCREENSHOTS, launchChromium, openApp } from './browser.ts';

// WCAG 2.0–2.2 A and AA with axe-core (a dev dependency, put into the page by the test), in every main view
// of one page: the views are reached through the URL (history + popstate, as Back does) and clicks.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = (await openApp(browser, '')).page;
  await page.emulateMedia({ reducedMotion: 'reduce' }); // camera moves jump (and the software renderer has less to draw)
  await page.evaluate(AXE); // evaluated by the debugger protocol: the page's CSP does not apply
}, 90_000);
afterAll(async () => { await browser?.close(); });

interface Found { id: string; impact: string; help: string; nodes: string[] }

/** The serious and critical violations axe finds in the page as it is now. */
async function violations(): Promise<Found[]> {
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary: string }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 6).map((n) => `${n.target.join(' ')} — ${n.failureSummary.split('\n').slice(1, 2).join('')}`) }));
  }, TAGS);
}

/** Goes to a query in the same page, as the Back button would (no reload). */
async function goTo(query: string): Promise<void> {
  await page.evaluate((q) => { history.pushState(null, '', `${location.pathname}${q ? `?${q}` : ''}`); dispatchEvent(new PopStateEvent('popstate')); }, query);
  await page.waitForTimeout(150); // one React commit and a frame
}

const dir = mkdtempSync(join(tmpdir(), 'gd-a11y-'));

const VIEWS: [string, () => Promise<void>][] = [
  ['default', () => goTo('')],
  ['a chosen cluster', () => goTo('cluster=new_energy')],
  ['a city panel', () => goTo('cluster=new_energy&city=440800')],
  ['a near selection (project lists with distances)', () => goTo('layers=cities,projects&near=110.41,21.2,60&city=440800')],
  ['projects on', () => goTo('layers=cities,clusters,projects,zones&cluster=new_energy')],
  ['English (city panel)', () => goTo('cluster=new_energy&city=440800&lang=en')],
  ['the table', async () => { await goTo('cluster=new_energy'); await page.getByRole('button', { name: '表格' }).click(); await page.waitForSelector('[data-testid="table-view"], .table-view'); }],
  ['the comparison', async () => { await page.getByRole('button', { name: '地图' }).click(); await goTo('compare=440100,440300,440800'); }],
  ['presenting', () => goTo('present=1&cluster=new_energy')],
  ['high contrast (city panel, English)', () => goTo('theme=contrast&cluster=new_energy&city=440800&lang=en')],
  ['the print dialog', async () => {
    await goTo('cluster=new_energy');
    await page.click('button:has-text("导出")');
    await page.click('[data-testid="print-open"]');
    await page.waitForSelector('[data-testid="print-dialog"] select', { timeout: 60_000 });
  }],
  ['the import dialog (a file loaded)', async () => {
    await page.focus('[data-testid="print-dialog"] select');
    await page.keyboard.press('Escape'); // Escape closes the print dialog
    await page.waitForSelector('[data-testid="print-dialog"]', { state: 'detached' });
    if (await page.locator('[data-testid="export-panel"]').count()) await page.click('button:has-text("导出")');
    await goTo('');
    const path = join(dir, 'sites.csv');
    writeFileSync(path, '名称,城市,投资\n测试园区A,广州,10\n测试园区B,湛江市,20\n测试园区C,Meizhou,5\n');
    await page.setInputFiles('[data-testid="import-input"]', path);
    await page.waitForSelector('[data-testid="import-loaded"], [data-testid="import-errors"]', { timeout: 30_000 });
  }],
];

describe('WCAG 2.2 A/AA (axe-core): no serious or critical violation', () => {
  it('in every main view', async () => {
    const report: Record<string, Found[]> = {};
    const times: string[] = [];
    for (const [name, reach] of VIEWS) {
      const start = Date.now();
      await reach();
      const found = await violations();
      times.push(`${name} ${Date.now() - start} ms`);
      if (found.length) report[name] = found;
    }
    console.log(times.join('\n'));
    if (Object.keys(report).length) console.log(JSON.stringify(report, null, 1));
    expect(Object.fromEntries(Object.entries(report).map(([k, v]) => [k, v.map((x) => `${x.id} (${x.nodes.length})`)]))).toEqual({});
  }, 120_000);
});

const focusedInfo = () => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  return { role: el?.getAttribute('role') ?? null, inPanel: !!el?.closest('.detail'), active: el?.getAttribute('aria-activedescendant') ?? null };
});

describe('keyboard only', () => {
  it('reaches the map by Tab, opens 湛江, steps to a project, opens it and comes back, and leaves by Tab', async () => {
    await page.keyboard.press('Escape');
    await goTo('');
    await page.evaluate(() => { (document.activeElement as HTMLElement | null)?.blur(); });
    let presses = 0;
    while ((await focusedInfo()).role !== 'listbox' && presses < 120) { await page.keyboard.press('Tab'); presses++; }
    expect((await focusedInfo()).role).toBe('listbox');
    await page.keyboard.press('End'); // the southernmost city
    expect((await focusedInfo()).active).toBe('map-item-city-440800');
    await expect.poll(() => page.locator('.tooltip').textContent()).toContain('湛江'); // marked on the map like a hover
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="detail-panel"]');
    expect(await page.textContent('[data-testid="detail-panel"] h2')).toContain('湛江');
    await expect.poll(async () => (await focusedInfo()).inPanel).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-testid="detail-panel"]').count()).toBe(0);
    expect(await focusedInfo()).toMatchObject({ role: 'listbox', active: 'map-item-city-440800' }); // focus came back
    await page.keyboard.press('5'); // projects on (a shortcut), the list now holds them too
    await expect.poll(() => page.locator('[data-testid="map-key-list"] [id^="map-item-project-"]').count()).toBeGreaterThan(0);
    expect(await page.textContent('[data-testid="view-description"]')).toContain('显示 620 个项目中的 620 个'); // the map in words follows
    let steps = 0;
    while (!(await focusedInfo()).active?.startsWith('map-item-project-') && steps < 40) { await page.keyboard.press('ArrowDown'); steps++; }
    const project = (await focusedInfo()).active!;
    expect(project).toMatch(/^map-item-project-/);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="project-panel"]');
    await expect.poll(async () => (await focusedInfo()).inPanel).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-testid="project-panel"]').count()).toBe(0);
    expect(await focusedInfo()).toMatchObject({ role: 'listbox', active: project });
    await page.keyboard.press('Tab'); // no trap: Tab leaves the list
    expect((await focusedInfo()).role).not.toBe('listbox');
  }, 60_000);
});

/** How far the page scrolls sideways (0 = it reflows). */
const overflowX = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('reflow (WCAG 1.4.10)', () => {
  it('has no horizontal scrolling at 320 px wide and at 200 % zoom (640 × 360 CSS px)', async () => {
    const found: Record<string, number> = {};
    for (const [name, size] of [['320', { width: 320, height: 800 }], ['200pct', { width: 640, height: 360 }]] as const) {
      await page.setViewportSize(size);
      for (const [view, query] of [['map', 'cluster=new_energy'], ['city', 'cluster=new_energy&city=440800'], ['en', 'lang=en&layers=cities,clusters,projects,zones&compare=440100,440300']] as const) {
        await goTo(query);
        await page.waitForTimeout(250);
        found[`${name} ${view}`] = await overflowX();
        await page.screenshot({ path: join(SCREENSHOTS, `a11y-reflow-${name}-${view}.png`) });
      }
    }
    await page.setViewportSize({ width: 1280, height: 720 });
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, 0])));
  }, 60_000);
});
