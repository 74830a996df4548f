import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { SCREENSHOTS, appReady, launchChromium, mapIdle } from './browser.ts';
import { CONTENT_SECURITY_POLICY } from '../../vite.config.ts';
import { startNginx, startPythonServer, type StaticServer } from './servers.ts';

const PREFIX = '/maps/guangdong/';

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

/** Opens the app where a static server put it, filters by one zone, and returns what went wrong. */
async function clickThrough(server: StaticServer, name: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const failed: string[] = [];
  const outside: string[] = [];
  const errors: string[] = [];
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  page.on('request', (r) => { if (!r.url().startsWith(server.url) && !/^(data|blob):/.test(r.url())) outside.push(r.url()); });
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  await appReady(page);
  await mapIdle(page);
  const tiles = await page.evaluate(() => (window as unknown as { __gdmap: { queryRenderedFeatures(): unknown[] } }).__gdmap.queryRenderedFeatures().length);
  await page.click('label:has-text("珠三角核心区") input');
  await mapIdle(page);
  await page.screenshot({ path: `${SCREENSHOTS}/deploy-${name}.png` });
  const url = page.url();
  await page.close();
  return { tiles, url, failed, outside, errors };
}

describe('the build under a sub-path', () => {
  it.each([['nginx', startNginx], ['python3 -m http.server', startPythonServer]] as const)('works unchanged under /maps/guangdong/ on %s', async (name, start) => {
    const server = await start(inject('distDir'), PREFIX);
    try {
      const seen = await clickThrough(server, name.split(' ')[0]!);
      expect(seen.failed).toEqual([]);
      expect(seen.outside).toEqual([]);
      expect(seen.errors).toEqual([]);
      expect(seen.tiles).toBeGreaterThan(20); // the boundary tiles were drawn
      expect(seen.url).toMatch(new RegExp(`^${server.url}\\?.*zone=`)); // the filter took effect and stayed under the prefix
      expect(server.log()).not.toMatch(/" 404 /);
    } finally {
      await server.stop();
    }
  });
});

describe('deploy/nginx.conf', () => {
  it('sends the CSP, no-cache for the page, a year for hashed assets, and gzip', async () => {
    const server = await startNginx(inject('distDir'), PREFIX);
    try {
      const page = await fetch(server.url, { headers: { 'Accept-Encoding': 'gzip' } });
      const html = await page.text();
      const script = html.match(/src="\.\/(assets\/[^"]+\.js)"/)![1]!;
      const asset = await fetch(server.url + script, { headers: { 'Accept-Encoding': 'gzip' } });
      expect([page.headers.get('content-security-policy'), page.headers.get('cache-control')]).toEqual([CONTENT_SECURITY_POLICY, 'no-cache']);
      expect([asset.headers.get('content-security-policy'), asset.headers.get('cache-control'), asset.headers.get('content-encoding'), asset.headers.get('content-type')])
        .toEqual([CONTENT_SECURITY_POLICY, 'public, max-age=31536000, immutable', 'gzip', 'text/javascript']);
    } finally {
      await server.stop();
    }
  });
});
