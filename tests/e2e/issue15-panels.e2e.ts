import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { SCREENSHOTS, clickMap, launchChromium, mapIdle, openApp, project } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const dir = mkdtempSync(join(tmpdir(), 'gd-i15-'));
const file = (name: string, text: string) => { const path = join(dir, name); writeFileSync(path, text); return path; };
const query = (url: string) => new URL(url).searchParams;

describe('issue 15: hidden project, zone panels, docked comparison, table in the URL, partial import', () => {
  it('says when the filters hide a searched project and clears exactly those; zones open from the legend; imports keep good layers', async () => {
    const { page, errors } = await openApp(browser, 'cluster=robotics&zone=prd', { width: 1440, height: 900 });
    // 7: the airport names no cluster, so the robotics filter hides it; the zone filter does not
    await page.locator('.search input').fill('baiyun jichang'); // 17: pinyin of a project name
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('project-hidden').count()).toBe(1);
    expect(await page.getByTestId('project-hidden').innerText()).toContain('当前筛选隐藏了该项目');
    await mapIdle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/i15-project-hidden.png` });
    await page.getByTestId('show-project').click();
    await expect.poll(() => page.getByTestId('project-hidden').count()).toBe(0);
    const params = query(page.url());
    expect([params.get('cluster'), params.get('zone')]).toEqual([null, 'prd']);
    expect(params.get('project')).toMatch(/^guangzhou-baiyun-airport/);
    await mapIdle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/i15-project-ring.png` });

    // 20: a file with a bad row offers its valid rows; a failed file later keeps that layer
    await page.setInputFiles('[data-testid="import-input"]', file('sites.csv', 'name,lon,lat\n天河,113.33,23.13\n坏行,abc,23.1\n南山,113.93,22.53\n'));
    await expect.poll(() => page.getByTestId('import-keep-valid').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByTestId('import-errors').innerText()).toMatch(/3/);
    await page.getByTestId('import-keep-valid').click();
    await expect.poll(() => page.getByTestId('import-loaded').count()).toBe(1);
    await page.setInputFiles('[data-testid="import-input"]', file('broken.csv', 'name,lon,lat\na,x,1\n'));
    await expect.poll(() => page.getByTestId('import-kept').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.locator('.legend').innerText()).toContain('sites.csv (2/2)');
    await mapIdle(page);
    const at = await project(page, [113.33, 23.13]);
    await clickMap(page, at.x, at.y);
    await expect.poll(() => page.getByTestId('imported-panel').count()).toBe(1);
    expect(await page.getByTestId('imported-panel').innerText()).toContain('天河');
    await page.screenshot({ path: `${SCREENSHOTS}/i15-imported.png` });
    // 10: the zone panel opens from the legend with the default layers (cities and ranks shown)
    await page.locator('.legend .legend-open', { hasText: '北部生态发展区' }).click();
    const zone = page.getByTestId('zone-panel');
    await expect.poll(() => zone.count()).toBe(1);
    expect(await zone.getByTestId('area-ranks').innerText()).toMatch(/核心 ★★★：4 处[\s\S]*重点 ★★：16 处[\s\S]*一般 ★：24 处/);
    expect(await zone.locator('blockquote').count()).toBeGreaterThan(0);
    expect(await zone.getByTestId('area-kinds').innerText()).not.toBe('');
    await mapIdle(page); // the zone is framed beside its panel
    await page.screenshot({ path: `${SCREENSHOTS}/i15-zone-panel.png` });

    expect(errors).toEqual([]);
    await page.close();
  });

  it('docks the comparison under the map without covering the table, marks differing rows; the table and its order survive a reload', async () => {
    const { page } = await openApp(browser, 'compare=440100,440800&table=1&sort=-core', { width: 1440, height: 900 });
    const dock = page.getByTestId('compare-view');
    const table = page.getByTestId('table-view');
    const [d, tb] = [(await dock.boundingBox())!, (await table.boundingBox())!];
    expect(tb.y + tb.height).toBeLessThanOrEqual(d.y + 1); // the table ends where the dock begins
    expect(await page.locator('th[data-column="core"]').getAttribute('aria-sort')).toBe('descending');
    expect(await dock.locator('tr[data-differs]').count()).toBeGreaterThan(3);
    expect(await dock.innerText()).toContain('所属区域');
    await page.screenshot({ path: `${SCREENSHOTS}/i15-compare-docked-table.png` });
    await page.locator('th[data-column="city"] button').click();
    await page.locator('th[data-column="city"] button').click(); // city ▲ then ▼
    expect(await page.locator('th[data-column="city"]').getAttribute('aria-sort')).toBe('descending');
    expect(await page.locator('.table-view tbody tr').first().getAttribute('data-city')).toBe('440400'); // 珠海, last in pinyin order
    await page.reload();
    await page.waitForSelector('[data-testid="table-view"]', { timeout: 60_000 });
    expect(await page.locator('th[data-column="city"]').getAttribute('aria-sort')).toBe('descending');
    await page.getByRole('button', { name: '地图' }).click(); // back to the map: the dock shrinks it
    await mapIdle(page);
    const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
    expect(canvas.y + canvas.height).toBeLessThanOrEqual((await dock.boundingBox())!.y + 1);
    await page.screenshot({ path: `${SCREENSHOTS}/i15-compare-docked.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SCREENSHOTS}/i15-compare-phone.png`, fullPage: true });
    await dock.locator('.compare-fold').click();
    expect(await dock.locator('table').count()).toBe(0);
    await page.close();
  });
});
