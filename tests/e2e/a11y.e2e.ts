import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openApp } from './browser.ts';

// WCAG 2.0–2.2 A and AA with axe-core (a dev dependency, put into the page by the test), in every main view
// of one page: the views are reached through the URL (history + popstate, as Back does) and clicks.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = (await openApp(browser, '')).page;
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
  ['projects on', () => goTo('layers=cities,clusters,projects,zones&cluster=new_energy')],
  ['English (city panel, projects)', () => goTo('layers=cities,clusters,projects,zones&cluster=new_energy&city=440800&lang=en')],
  ['the table', async () => { await goTo('cluster=new_energy'); await page.getByRole('button', { name: '表格' }).click(); await page.waitForSelector('[data-testid="table-view"], .table-view'); }],
  ['the comparison', async () => { await page.getByRole('button', { name: '地图' }).click(); await goTo('compare=440100,440300,440800'); }],
  ['presenting', () => goTo('present=1&cluster=new_energy')],
  ['the print dialog', async () => {
    await goTo('cluster=new_energy');
    await page.click('button:has-text("导出")');
    await page.click('[data-testid="print-open"]');
    await page.waitForSelector('[data-testid="print-preview"]', { timeout: 60_000 });
  }],
  ['the import dialog (a file loaded)', async () => {
    await page.keyboard.press('Escape');
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
    for (const [name, reach] of VIEWS) {
      await reach();
      const found = await violations();
      if (found.length) report[name] = found;
    }
    if (Object.keys(report).length) console.log(JSON.stringify(report, null, 1));
    expect(Object.fromEntries(Object.entries(report).map(([k, v]) => [k, v.map((x) => `${x.id} (${x.nodes.length})`)]))).toEqual({});
  }, 120_000);
});
