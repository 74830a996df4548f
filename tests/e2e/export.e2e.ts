import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parseArgs } from '../../src/cli/args.ts';
import { runExport } from '../../src/cli/export.ts';
import { RANK_COLORS } from '../../src/layers/palette.ts';
import { SCREENSHOTS, launchChromium, near, openApp } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

/** Clicks a button in the export panel and returns the downloaded file's bytes and name. */
async function downloadFrom(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click(`[data-testid="${testId}"]`)]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path!) };
}

const cli = (argv: string[]) => runExport(parseArgs(argv), () => {});

describe('export from the page', () => {
  it('downloads the filtered GeoJSON byte for byte as the CLI writes it for the same URL', async () => {
    const { page } = await openApp(browser, 'cluster=new_energy&rank=core,key&zone=prd,west_wing');
    await page.click('button:has-text("导出")');
    const file = await downloadFrom(page, 'export-download');
    expect(file.name).toBe('gd-cities.geojson');
    const expected = cli(['--layer', 'cities', '--url', page.url()]);
    expect(file.bytes.toString('utf8')).toBe(expected);
    expect(JSON.parse(expected).features.length).toBeGreaterThan(3);
    await page.close();
  });

  it('downloads projects as CSV for Excel with a BOM, identical to the CLI’s --bom output', async () => {
    const { page } = await openApp(browser, 'layers=cities,projects&kind=energy,water&zone=east_wing');
    await page.click('button:has-text("导出")');
    await page.selectOption('[data-testid="export-layer"]', 'projects');
    await page.selectOption('[data-testid="export-format"]', 'csv-bom');
    const file = await downloadFrom(page, 'export-download');
    expect(file.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(file.bytes.toString('utf8')).toBe(cli(['--layer', 'projects', '--format', 'csv', '--bom', '--url', page.url()]));
    await page.close();
  });

  it('saves a 2× PNG of the map with its title band and legend', async () => {
    // projects on: deck.gl draws into the same canvas and must learn its 2× buffer (src/ui/map/deck-overlay.ts)
    const { page, errors } = await openApp(browser, 'cluster=petrochemicals&layers=cities,clusters,projects,zones');
    await page.waitForSelector('[data-deck="ready"]');
    await page.click('button:has-text("导出")');
    const file = await downloadFrom(page, 'export-png-2');
    expect(errors).toEqual([]); // deck.gl's drawing buffer was resized through the one internal call it needs
    expect(file.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const width = file.bytes.readUInt32BE(16);
    const height = file.bytes.readUInt32BE(20);
    const mapBox = await page.locator('.map').boundingBox();
    expect(width).toBe(Math.round(mapBox!.width * 2));
    expect(height).toBe(Math.round(mapBox!.height * 2) + (64 + 26) * 2);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${SCREENSHOTS}/export-2x.png`, file.bytes);
    // the map is drawn at 2× too: 湛江 (petrochemicals ★★★) keeps its colour
    const [lon, lat] = [110.05, 20.85]; // on the Leizhou peninsula, away from labels and outlines
    const at = await page.evaluate(([lon, lat]) => {
      const p = (window as unknown as { __gdmap: { project(l: [number, number]): { x: number; y: number } } }).__gdmap.project([lon, lat]);
      return { x: p.x, y: p.y };
    }, [lon, lat] as [number, number]);
    const pixel = await page.evaluate(async ({ b64, x, y }) => {
      const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const canvas = new OffscreenCanvas(image.width, image.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      return [...ctx.getImageData(x, y, 1, 1).data].slice(0, 3);
    }, { b64: file.bytes.toString('base64'), x: Math.round(at.x * 2), y: Math.round(at.y * 2) + 64 * 2 });
    expect(near(pixel, RANK_COLORS.core, 12), `pixel ${pixel}`).toBe(true);
    await page.close();
  });
});
