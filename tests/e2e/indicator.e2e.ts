import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { SEQUENTIAL } from '../../src/layers/choropleth.ts';
import { SCREENSHOTS, hideLabels, launchChromium, mapIdle, near, openApp, pixelAt, project } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

// GDP by city (made-up round numbers): 湛江 lowest of the three classes, 广州 and 深圳 highest
const CSV = `城市,GDP\n${['广州,28000', '深圳,30000', '佛山,12000', '东莞,11000', '惠州,5000', '珠海,4000', '湛江,3500', '茂名,3600', '梅州,1300', '汕头,3000', '江门,3600', '中山,3600'].join('\n')}\n`;

describe('an analyst\'s indicator on the cities', () => {
  it('colours the cities by a numeric column of an imported CSV, with a legend naming the file and the class limits', async () => {
    const { page } = await openApp(browser);
    await page.setInputFiles('[data-testid="import-input"]', { name: 'gdp.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await page.waitForSelector('[data-testid="indicator-panel"]', { timeout: 60_000 });
    await page.selectOption('[data-testid="indicator-column"]', 'GDP');
    await page.fill('[data-testid="indicator-classes"]', '3');
    const legend = await page.textContent('[data-testid="indicator-legend"]');
    expect(legend).toContain('gdp.csv');
    expect(legend).toMatch(/1,300 – 3,600 \(3\)/);
    await mapIdle(page);
    await hideLabels(page);
    const zhanjiang = await project(page, [110.05, 20.85]); // the Leizhou peninsula, away from labels
    expect(near(await pixelAt(page, zhanjiang.x, zhanjiang.y), SEQUENTIAL[3]![0]!, 12)).toBe(true);
    const shaoguan = await project(page, [113.6, 24.8]); // no row: grey
    expect(near(await pixelAt(page, shaoguan.x, shaoguan.y), [236, 234, 228], 12)).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/indicator-choropleth.png` });
    await page.close();
  });
});
