import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { parseArgs } from '../../src/cli/args.ts';
import { runExportFile } from '../../src/cli/export.ts';
import { SEQUENTIAL } from '../../src/layers/choropleth.ts';
import { SCREENSHOTS, hideLabels, launchChromium, mapIdle, near, openApp, pixelAt, project } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

// GDP by city (made-up round numbers): 湛江 lowest of the three classes, 广州 and 深圳 highest
const CSV = `城市,GDP\n${['广州,28000', '深圳,30000', '佛山,12000', '东莞,11000', '惠州,5000', '珠海,4000', '湛江,3500', '茂名,3600', '梅州,1300', '汕头,3000', '江门,3600', '中山,3600'].join('\n')}\n`;

describe('an analyst\'s indicator on the cities', () => {
  it('a link with the choice asks for the file, applies it once imported, keeps it in the URL, and draws the bivariate map and the print', async () => {
    const { page } = await openApp(browser, 'indicator=GDP&classes=3');
    // 1. the URL names a column, no file yet: a notice, not silence
    expect(await page.textContent('[data-testid="indicator-notice"]')).toContain('GDP');
    // 2. the file imported: the choice in the URL colours the cities, with no clicks in the panel
    await page.setInputFiles('[data-testid="import-input"]', { name: 'gdp.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await page.waitForSelector('[data-testid="indicator-legend"]', { timeout: 60_000 });
    expect(await page.locator('[data-testid="indicator-notice"]').count()).toBe(0);
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
    // 3. a change in the panel goes into the URL
    await page.selectOption('[data-testid="indicator-method"]', 'jenks');
    await page.waitForFunction(() => location.search.includes('classing=jenks'));
    expect(new URL(page.url()).searchParams.get('indicator')).toBe('GDP');
    // 4. another state by URL (as a scene or the back button applies one): the bivariate map with its 3×3 square
    await page.evaluate(() => { history.pushState(null, '', '?indicator=GDP&indicator2=core_count'); dispatchEvent(new PopStateEvent('popstate')); });
    await page.waitForSelector('[data-testid="bivariate-legend"]', { timeout: 30_000 });
    expect(await page.textContent('[data-testid="bivariate-legend"]')).toMatch(/GDP[:：] ?1,300–3,600/);
    await mapIdle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/indicator-bivariate.png` });
    // 5. the PNG and the print follow it: the PNG's legend and a PDF from the print dialog
    await page.click('.export-menu > button');
    // the cities' GeoJSON with both variables and the bivariate class: the bytes the CLI writes with --import
    const [geojson] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('[data-testid="export-download"]')]);
    const file = join(mkdtempSync(join(tmpdir(), 'gd-ind-e2e-')), 'gdp.csv');
    writeFileSync(file, CSV);
    const cli = await runExportFile(parseArgs(['--import', file, '--url', page.url()]), () => {});
    rmSync(dirname(file), { recursive: true, force: true });
    expect(JSON.parse(readFileSync((await geojson.path())!, 'utf8')).features[0].properties).toHaveProperty('bivariate_class');
    expect(readFileSync((await geojson.path())!).equals(Buffer.from(cli))).toBe(true);
    const [png] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('[data-testid="export-png-1"]')]);
    writeFileSync(`${SCREENSHOTS}/indicator-bivariate-export.png`, readFileSync((await png.path())!));
    await page.click('[data-testid="print-open"]');
    await page.waitForSelector('[data-testid="print-preview"]', { timeout: 60_000 });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('[data-testid="print-pdf"]')]);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    writeFileSync(`${SCREENSHOTS}/indicator-bivariate.pdf`, pdf);
    await page.close();
  });
});
