import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SCREENSHOTS, launchChromium, mapIdle, openApp, project } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const dir = mkdtempSync(join(tmpdir(), 'gd-import-'));
const file = (name: string, text: string) => { const path = join(dir, name); writeFileSync(path, text); return path; };

async function importFile(page: Page, path: string) {
  await page.setInputFiles('[data-testid="import-input"]', path);
  await expect.poll(() => page.locator('[data-testid="import-loaded"], [data-testid="import-errors"]').count(), { timeout: 30_000 }).toBe(1);
}
async function exportImported(page: Page, format: 'geojson' | 'csv'): Promise<string> {
  if (!(await page.locator('[data-testid="export-panel"]').count())) await page.click('button:has-text("导出")');
  await page.selectOption('[data-testid="export-layer"]', 'imported');
  await page.selectOption('[data-testid="export-format"]', format);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-download"]')]);
  return readFileSync((await download.path())!, 'utf8');
}

describe('importing one’s own data', () => {
  it('loads a CSV with city names as an extra layer that the zone filter narrows', async () => {
    const { page } = await openApp(browser);
    await importFile(page, file('sites.csv', '名称,城市,投资\n测试园区A,广州,10\n测试园区B,湛江市,20\n测试园区C,Meizhou,5\n'));
    expect(await page.textContent('[data-testid="import-loaded"]')).toContain('3 / 3');
    await page.click('label:has-text("沿海经济带西翼") input');
    await expect.poll(() => page.textContent('[data-testid="import-loaded"]')).toContain('1 / 3');
    await mapIdle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/import-csv.png` });
    await page.close();
  });

  it('refuses a file with bad rows, listing each row, and loads nothing', async () => {
    const { page } = await openApp(browser);
    await importFile(page, file('bad.csv', 'name,lon,lat\nok,113.3,23.1\nbad lon,abc,23\nfar,250,95\n'));
    const text = await page.textContent('[data-testid="import-errors"]');
    expect(text).toContain('第 3 行');
    expect(text).toContain('第 4 行');
    expect(await page.locator('[data-testid="import-loaded"]').count()).toBe(0);
    await page.close();
  });

  it('shows hostile names as text and never runs them', async () => {
    const { page } = await openApp(browser, 'view=113.3,23.1,8');
    const hostile = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: '<img src=x onerror="window.__xss=1">', note: '<script>window.__xss=2</script>' }, geometry: { type: 'Point', coordinates: [113.3, 23.1] } }] };
    await importFile(page, file('hostile.geojson', JSON.stringify(hostile)));
    await mapIdle(page); // the imported layer is drawn (deck.gl loads on demand)
    const { x, y } = await project(page, [113.3, 23.1]);
    await page.mouse.move(x, y);
    await mapIdle(page);
    await expect.poll(() => page.locator('[data-testid="imported-tooltip"]').count()).toBe(1);
    expect(await page.textContent('[data-testid="imported-tooltip"]')).toContain('<img src=x onerror="window.__xss=1">');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('[data-testid="imported-tooltip"] img, [data-testid="imported-tooltip"] script').count()).toBe(0);
    await page.close();
  });

  it('round-trips: export → import → export gives the same bytes, Chinese text and precision kept', async () => {
    const { page } = await openApp(browser);
    const source = { type: 'FeatureCollection', features: [
      { type: 'Feature', id: 'a', properties: { 名称: '南沙·测试', value: 1.234567, flag: true }, geometry: { type: 'Point', coordinates: [113.612345, 22.712345] } },
      { type: 'Feature', id: 'b', properties: { 名称: '湛江 “引号”, 逗号', value: -7, flag: false }, geometry: { type: 'LineString', coordinates: [[110.3, 21.2], [110.4, 21.3]] } },
    ] };
    await importFile(page, file('source.geojson', JSON.stringify(source)));
    const first = await exportImported(page, 'geojson');
    await importFile(page, file('first.geojson', first));
    expect(await exportImported(page, 'geojson')).toBe(first);
    const csv = await exportImported(page, 'csv');
    await importFile(page, file('first.csv', csv));
    expect(await exportImported(page, 'csv')).toBe(csv);
    expect(first).toContain('湛江 “引号”, 逗号');
    expect(first).toContain('113.612345');
    await page.close();
  });
});
