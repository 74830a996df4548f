import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parseArgs } from '../../src/cli/args.ts';
import { runExportFile } from '../../src/cli/export.ts';
import { SCREENSHOTS, launchChromium, openApp } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

async function download(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('[data-testid="export-download"]')]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}
const cli = async (argv: string[]) => Buffer.from(await runExportFile(parseArgs(argv), () => {}));

describe('GIS exports from the page', () => {
  it('downloads the GeoPackage of every shown layer, a GBK, GCJ-02 Shapefile ZIP and a KML byte for byte as the CLI writes them', async () => {
    const { page } = await openApp(browser, 'cluster=automotive&rank=core,key');
    await page.click('button:has-text("导出")');
    await page.selectOption('[data-testid="export-format"]', 'gpkg');
    await page.selectOption('[data-testid="export-layer"]', 'shown');
    const gpkg = await download(page);
    expect(gpkg.name).toBe('gd-shown.gpkg');
    expect(gpkg.bytes.subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    expect(gpkg.bytes.equals(await cli(['--format', 'gpkg', '--url', page.url()]))).toBe(true);

    await page.selectOption('[data-testid="export-format"]', 'shp');
    await page.selectOption('[data-testid="export-layer"]', 'projects');
    await page.selectOption('[data-testid="export-encoding"]', 'gbk');
    await page.selectOption('[data-testid="export-crs"]', 'gcj02');
    const shp = await download(page);
    expect(shp.name).toBe('gd-projects-gcj02.zip');
    expect(shp.bytes.equals(await cli(['--format', 'shp', '--layer', 'projects', '--encoding', 'gbk', '--crs', 'gcj02', '--url', page.url()]))).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/export-gis-menu.png` });

    // KML of every shown layer (styled folders), still in GCJ-02: the same bytes as the CLI's --format kml
    await page.selectOption('[data-testid="export-format"]', 'kml');
    await page.selectOption('[data-testid="export-layer"]', 'shown');
    const kml = await download(page);
    expect(kml.name).toBe('gd-shown-gcj02.kml');
    expect(kml.bytes.subarray(0, 5).toString()).toBe('<?xml');
    expect(kml.bytes.equals(await cli(['--format', 'kml', '--crs', 'gcj02', '--url', page.url()]))).toBe(true);

    // the GeoPackage goes back in through the import worker (sql.js's WebAssembly under the page's CSP)
    await page.setInputFiles('[data-testid="import-input"]', { name: 'gd-shown.gpkg', mimeType: 'application/geopackage+sqlite3', buffer: gpkg.bytes });
    await page.waitForSelector('[data-testid="import-loaded"]', { timeout: 60_000 });
    expect(await page.textContent('[data-testid="import-loaded"]')).toMatch(/gd-shown\.gpkg/);
    await page.close();
  });
});
