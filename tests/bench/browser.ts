import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Response } from 'playwright-core';

/** Debian's Chromium with software WebGL, launched exactly as ../shared/NOTES.md describes. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export const VIEWPORT = { width: 1280, height: 720 };

/**
 * Runs in the page before any script. When the page assigns `window.__gdmap`, it waits for the
 * first `idle` with `loaded()` true, forces a repaint and stamps the next `idle` with
 * performance.now() (ms since navigation start) in `window.__benchDone`. Stamping inside the page
 * keeps Playwright's polling out of the number.
 */
function probe(): void {
  type MapLike = { loaded(): boolean; on(e: string, f: () => void): void; off(e: string, f: () => void): void; once(e: string, f: () => void): void; triggerRepaint(): void };
  const w = window as unknown as { __gdmap?: MapLike; __benchDone?: number };
  let map: MapLike | undefined;
  Object.defineProperty(w, '__gdmap', {
    configurable: true,
    get: () => map,
    set: (m: MapLike) => {
      map = m;
      const onIdle = () => {
        if (!m.loaded()) return;
        m.off('idle', onIdle);
        m.once('idle', () => { w.__benchDone = performance.now(); });
        m.triggerRepaint();
      };
      m.on('idle', onIdle);
    },
  });
}

/** A response the page received before its first complete render. */
export interface Fetched { url: string; path: string; kind: 'js' | 'css' | 'geojson' | 'other'; bytes: number; gzip: number }

export interface Load { ms: number; fetched: Fetched[] }

const kindOf = (path: string, type: string): Fetched['kind'] => {
  if (/\.(m?js)$/.test(path) || type.includes('javascript')) return 'js';
  if (/\.css$/.test(path) || type.includes('text/css')) return 'css';
  if (/\.geojson$/.test(path)) return 'geojson';
  return 'other';
};

/**
 * One cold load: a new browser context (empty cache, no service worker), navigate, wait for the
 * probe's stamp. With `record`, every response until then is kept with its raw and gzip-9 size
 * (reading bodies costs time, so recorded loads are not the timed ones).
 */
export async function coldLoad(browser: Browser, url: string, record = false, timeoutMs = 90_000): Promise<Load> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.addInitScript(probe);
    const pending: Promise<Fetched | null>[] = [];
    let open = record;
    const onResponse = (r: Response) => {
      if (!open || r.url().startsWith('data:')) return;
      pending.push((async () => {
        const path = new URL(r.url()).pathname;
        const body = await r.body().catch(() => null);
        if (!body) return null;
        const kind = kindOf(path, r.headers()['content-type'] ?? '');
        return { url: r.url(), path, kind, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
      })());
    };
    context.on('response', onResponse); // the context also sees the MapLibre worker's requests
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(() => (window as unknown as { __benchDone?: number }).__benchDone, null, { timeout: timeoutMs, polling: 50 })
      .catch((e: unknown) => { throw new Error(`${url}: no complete render (${errors.join('; ') || String(e)})`); });
    const ms = (await handle.jsonValue()) as number;
    open = false;
    const fetched = (await Promise.all(pending)).filter((f) => f !== null);
    if (errors.length) throw new Error(`${url}: page errors: ${errors.join('; ')}`);
    return { ms, fetched };
  } finally {
    await context.close();
  }
}

/** Frames per second while the map pans by steady mouse drags for `seconds`. */
export async function panFps(browser: Browser, url: string, seconds = 4): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(probe);
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __benchDone?: number }).__benchDone, null, { timeout: 90_000 });
    return await page.evaluate((duration) => new Promise<number>((done) => {
      const map = (window as unknown as { __gdmap: { panBy(o: [number, number], opts: object): void; on(e: string, f: () => void): void } }).__gdmap;
      let frames = 0;
      map.on('render', () => { frames++; });
      const start = performance.now();
      const step = () => {
        if (performance.now() - start >= duration * 1000) { done(frames / ((performance.now() - start) / 1000)); return; }
        map.panBy([12, 4], { animate: false });
        requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    }), seconds);
  } finally {
    await context.close();
  }
}
