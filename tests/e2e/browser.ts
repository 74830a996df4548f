import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const SCREENSHOTS = resolve(import.meta.dirname, 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

/** Debian's Chromium with software WebGL (see ../shared/NOTES.md); never a downloaded browser. */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', ...extraArgs],
  });
}

export interface Session { page: Page; requests: string[]; errors: string[] }

/** Opens the app with a query and records every request, console error and WebGL call the browser refused. */
export async function openApp(browser: Browser, query = '', viewport = { width: 1280, height: 720 }): Promise<Session> {
  const page = await browser.newPage({ viewport });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error' || /^WebGL: INVALID_/.test(m.text())) errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${inject('baseUrl')}${query ? `?${query}` : ''}`);
  await appReady(page);
  await mapIdle(page);
  return { page, requests, errors };
}

/** Waits for the map and the app around it: the map may be complete first (src/ui/map/map-host.ts). */
export async function appReady(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __gdmap?: { loaded(): boolean } }).__gdmap?.loaded() === true, null, { timeout: 60_000 });
  await page.waitForSelector('.app[data-ready]', { timeout: 60_000 });
}

/**
 * Resolves on the map's next `idle` after a forced repaint (deck.gl draws inside MapLibre's frame),
 * once no layer the state asks for still waits for deck.gl to load.
 */
export async function mapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[data-layers-pending]'), null, { timeout: 60_000 });
  await page.evaluate(() => new Promise<void>((done) => {
    const map = (window as unknown as { __gdmap: { once(e: string, f: () => void): void; triggerRepaint(): void } }).__gdmap;
    map.once('idle', () => done());
    map.triggerRepaint();
  }));
}

/** Screen position of a lon/lat on the page. */
export async function project(page: Page, lonLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate(([lon, lat]) => {
    const map = (window as unknown as { __gdmap: { project(p: [number, number]): { x: number; y: number }; getContainer(): HTMLElement } }).__gdmap;
    const p = map.project([lon, lat]);
    const box = map.getContainer().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, lonLat);
}

/** The median colour of a 5×5 block of the rendered page at (x, y), read from a real screenshot. */
export async function pixelAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = await page.screenshot({ clip: { x: x - 2, y: y - 2, width: 5, height: 5 } });
  return page.evaluate(async (b64) => {
    const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
    const canvas = new OffscreenCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const data = ctx.getImageData(0, 0, image.width, image.height).data;
    const channel = (c: number) => {
      const values: number[] = [];
      for (let i = c; i < data.length; i += 4) values.push(data[i]!);
      return values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    };
    return [channel(0), channel(1), channel(2)] as [number, number, number];
  }, png.toString('base64'));
}

/** Hides the MapLibre city labels so pixel probes see the fills underneath. */
export async function hideLabels(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __gdmap: { setLayoutProperty(l: string, p: string, v: string): void } }).__gdmap.setLayoutProperty('city-labels', 'visibility', 'none'));
  await mapIdle(page);
}

export const near = (a: readonly number[], b: readonly number[], tolerance = 6) => a.every((v, i) => Math.abs(v - b[i]!) <= tolerance);

/** Clicks a point of the map and waits for the map to settle. */
export async function clickMap(page: Page, x: number, y: number): Promise<void> {
  await page.mouse.move(x, y);
  await page.mouse.click(x, y);
  await mapIdle(page);
}
