import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../../vite.config.ts';
import { SCREENSHOTS, appReady, hideLabels, launchChromium, mapIdle, near, openApp, pixelAt, project } from './browser.ts';
import { countColor } from '../../src/layers/palette.ts';
import { features } from '../load-repo.ts';
import { inject } from 'vitest';
import { parseQuery } from '../../src/filters/query.ts';
import { FUZZ_SEED, fuzzCorpus } from '../unit/filters/fuzz-corpus.ts';

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

describe('reliability in the browser', () => {
  it('serves a Content-Security-Policy with no remote origin, and the app breaks none of it', async () => {
    const { page, errors } = await openApp(browser, 'layers=cities,projects,zones&cluster=new_energy');
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(policy).toBe(CONTENT_SECURITY_POLICY);
    expect(policy).not.toMatch(/https?:|\*/);
    const violations = await page.evaluate(() => new Promise<number>((done) => {
      let n = 0;
      document.addEventListener('securitypolicyviolation', () => n++);
      setTimeout(() => done(n), 500);
    }));
    expect(violations).toBe(0);
    expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    await page.close();
  });

  it('shows a message and the table when the map loses its WebGL context, and recovers when it returns', async () => {
    const { page } = await openApp(browser);
    await page.evaluate(() => {
      const gl = (window as unknown as { __gdmap: { getCanvas(): HTMLCanvasElement } }).__gdmap.getCanvas().getContext('webgl2')!;
      (window as unknown as { __lose: WEBGL_lose_context }).__lose = gl.getExtension('WEBGL_lose_context')!;
      (window as unknown as { __lose: WEBGL_lose_context }).__lose.loseContext();
    });
    await expect.poll(() => page.locator('[data-testid="webgl-banner"]').count()).toBe(1);
    expect(await page.locator('[data-testid="table-view"] tbody tr').count()).toBe(21);
    await page.screenshot({ path: `${SCREENSHOTS}/webgl-lost.png` });
    await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
    await expect.poll(() => page.locator('[data-testid="webgl-banner"]').count(), { timeout: 30_000 }).toBe(0);
    await appReady(page);
    await mapIdle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/webgl-restored.png` });
    await page.close();
  });
});

describe('a failed load', () => {
  it('shows what failed and a retry button instead of a blank page, and the retry recovers', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.route('**/cities*.geojson', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
    await page.goto(inject('baseUrl'));
    await expect.poll(() => page.locator('.load-error').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.textContent('.load-error pre')).toContain('503');
    await page.screenshot({ path: `${SCREENSHOTS}/load-failed.png` });
    await page.unroute('**/cities*.geojson');
    await page.click('.load-error button');
    await appReady(page);
    expect(await page.locator('.load-error').count()).toBe(0);
    // the map draws the cities, filled by the data that failed to load the first time
    await expectGuangzhouFilled(page);
    await page.close();
  });

  it('starts a fresh map when boundary tiles failed before the app adopted the map, and it fetches them again', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const TILES = '**/tiles-*/**';
    const failed = new Set<string>();
    const loaded = new Set<string>();
    page.on('response', (r) => { if (r.url().includes('/tiles-')) (r.status() === 200 ? loaded : failed).add(r.url()); });
    await page.route(TILES, (route) => route.fulfill({ status: 503, body: 'unavailable' }));
    const firstFailure = page.waitForResponse((r) => r.url().includes('/tiles-') && r.status() === 503);
    await page.goto(inject('baseUrl'));
    await firstFailure;
    await page.unroute(TILES);
    await appReady(page);
    await mapIdle(page);
    expect(await page.locator('.load-error').count()).toBe(0);
    // the adopted map would keep drawing those parts from coarser tiles; the fresh one fetched each of them again
    expect(failed.size).toBeGreaterThan(0);
    expect([...failed].filter((url) => !loaded.has(url))).toEqual([]);
    await expectGuangzhouFilled(page);
    await page.close();
  });
});

async function expectGuangzhouFilled(page: Page): Promise<void> {
  await hideLabels(page);
  const guangzhou = features.cities.features.find((f) => f.id === '440100')!;
  const { x, y } = await project(page, features.cityPoints.get(guangzhou.id)!);
  expect(near(await pixelAt(page, x, y), countColor(guangzhou.properties.core_count), 12)).toBe(true);
}

describe('deck.gl failing to load', () => {
  it('keeps the map and the panels, says which layers are missing, and the retry brings them', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.route('**/deck-overlay-*.js', (route) => route.abort());
    await page.goto(`${inject('baseUrl')}?layers=cities,projects`);
    await expect.poll(() => page.locator('[data-testid="deck-banner"]').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('.panel input[type=checkbox]').count()).toBeGreaterThan(5);
    await page.unroute('**/deck-overlay-*.js');
    await page.click('[data-testid="deck-banner"] button');
    await page.waitForFunction(() => !document.querySelector('[data-layers-pending]'), null, { timeout: 60_000 });
    expect(await page.locator('[data-testid="deck-banner"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('an error while rendering', () => {
  it('shows what failed and a retry instead of a blank page, and the retry renders the app again', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    // the app sets document.title while it renders: a setter that throws on demand breaks one render
    await page.addInitScript(`(() => {
      const title = Object.getOwnPropertyDescriptor(Document.prototype, 'title');
      Object.defineProperty(document, 'title', {
        get() { return title.get.call(document); },
        set(v) { if (window.__breakRender) throw new Error('render broke on purpose'); title.set.call(document, v); },
      });
    })()`);
    await page.goto(inject('baseUrl'));
    await appReady(page);
    await page.evaluate(() => {
      (window as unknown as { __breakRender: boolean }).__breakRender = true;
      document.querySelector<HTMLButtonElement>('button.keep-in-present[lang]')?.click(); // the language switch (the button marked with the other language): a render for sure
    });
    await expect.poll(() => page.locator('.load-error').count()).toBe(1);
    expect(await page.textContent('.load-error pre')).toContain('render broke on purpose');
    expect(await page.textContent('.load-error h1')).toContain('Something went wrong');
    await page.evaluate(() => { (window as unknown as { __breakRender: boolean }).__breakRender = false; });
    await page.click('.load-error button');
    await expect.poll(() => page.locator('h1').textContent()).toBe('广东省区域发展布局'); // the URL's state: the broken one never landed
    await appReady(page);
    expect(await page.locator('.load-error').count()).toBe(0);
    await page.close();
  });
});

describe('hostile links', () => {
  // a sample of the unit tests' adversarial queries, each taken as the page's own query string
  const sample = fuzzCorpus(FUZZ_SEED, 10_000).filter((_, i) => i % 1499 === 0).slice(0, 6)
    .map((q) => (q.includes('?') ? q.slice(q.indexOf('?') + 1) : q).split('#', 1)[0]!.slice(0, 4000));

  it('load a working map every time, with a dismissible notice when something was dropped', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    for (const query of sample) {
      await page.goto(`${inject('baseUrl')}?${query}`);
      await appReady(page);
      expect(await page.locator('h1').count(), query).toBe(1);
      const warned = parseQuery(query).warnings.length > 0;
      const banner = page.locator('.banner-warning');
      expect(await banner.count(), query).toBe(warned ? 1 : 0);
      if (warned) {
        await banner.locator('button').click();
        await expect.poll(() => banner.count()).toBe(0);
      }
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('without WebGL', () => {
  it('explains that the map cannot be shown and offers the table instead of a blank page', async () => {
    const noGl = await launchChromium(['--disable-webgl', '--disable-3d-apis']);
    try {
      const page = await noGl.newPage({ viewport: { width: 1280, height: 720 } });
      await page.goto(inject('baseUrl'));
      await expect.poll(() => page.locator('[data-testid="webgl-banner"]').count(), { timeout: 30_000 }).toBe(1);
      expect(await page.locator('[data-testid="table-view"] tbody tr').count()).toBe(21);
      expect(await page.textContent('h1')).toBe('广东省区域发展布局');
      await page.screenshot({ path: `${SCREENSHOTS}/no-webgl.png` });
    } finally {
      await noGl.close();
    }
  });
});
