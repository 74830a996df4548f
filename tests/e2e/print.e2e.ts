import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { run } from '../../src/cli/export.ts';
import { SCREENSHOTS, launchChromium, openApp } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

describe('print from the page', () => {
  it('the map shows a scale bar in 公里 km and a north arrow; the print dialog previews the page and downloads the same PDF bytes as the CLI', async () => {
    const { page } = await openApp(browser, 'cluster=automotive&layers=cities,zones,clusters,projects');
    expect(await page.locator('[data-testid="scale-north"] .scale-label').textContent()).toMatch(/^\d+ 公里 km$/);
    expect(await page.locator('[data-testid="scale-north"] .north-arrow').count()).toBe(1);
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    await page.click('button:has-text("导出")');
    await page.click('[data-testid="print-open"]');
    await page.waitForSelector('[data-testid="print-preview"]', { timeout: 60_000 });
    await page.fill('[data-testid="print-title"]', '<script>汽车</script> 1>');
    await page.screenshot({ path: `${SCREENSHOTS}/print-dialog.png` });
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }).catch((e: Error) => { throw new Error(`${e.message}; page errors: ${problems.join(' | ')}`); }),
      page.click('[data-testid="print-pdf"]'),
    ]);
    const bytes = readFileSync((await download.path())!);
    expect(download.suggestedFilename()).toBe('gd-map-A3-landscape.pdf');
    const out = join(mkdtempSync(join(tmpdir(), 'print-e2e-')), 'cli.pdf');
    let stderr = '';
    const code = await run(['--format', 'pdf', '--url', page.url(), '--paper', 'A3', '--orientation', 'landscape', '--title', '<script>汽车</script> 1>', '--out', out], { stdout: () => {}, stderr: (t) => { stderr += t; } });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const cli = readFileSync(out);
    if (Buffer.compare(bytes, cli) !== 0) writeFileSync(`${SCREENSHOTS}/print-page.pdf`, bytes);
    expect(bytes.length).toBe(cli.length);
    expect(Buffer.compare(bytes, cli)).toBe(0);
    await page.close();
  }, 120_000);
});
