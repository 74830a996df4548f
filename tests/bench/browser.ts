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
 * first `idle` with `loaded()` true (stamped in `window.__benchComplete`), forces a repaint and stamps
 * the next `idle` with performance.now() (ms since navigation start) in `window.__benchDone`; each
 * stamp is kept from the first map only (the app assigns its map again on adoption). Stamping inside the page
 * keeps Playwright's polling out of the number. It also stamps when the map was created and when it
 * fired `load`, to show where the time goes (the app marks these itself: see STAMPS). A string,
 * because tsx would wrap a function in helpers (`__name`) that do not exist in the page.
 */
const PROBE = `(() => {
  let map;
  Object.defineProperty(window, '__gdmap', {
    configurable: true,
    get: () => map,
    set: (m) => {
      map = m;
      window.__benchCreated ??= performance.now();
      m.once('load', () => { window.__benchLoad ??= performance.now(); });
      const onIdle = () => {
        // the app marks its map while a layer the state asks for still waits for deck.gl to load
        if (!m.loaded() || document.querySelector('[data-layers-pending]')) return;
        // the first complete render only: the app assigns the same map again when it adopts it
        window.__benchComplete ??= performance.now(); // what the page asks for from here on, the view did not need
        m.off('idle', onIdle);
        m.once('idle', () => { window.__benchDone ??= performance.now(); });
        m.triggerRepaint();
      };
      m.on('idle', onIdle);
    },
  });
})();`;

/**
 * One steady animated pan (linear easing, as a drag would move the camera) lasting `seconds`;
 * resolves to the frames MapLibre rendered per second meanwhile. An animation rather than a jump per
 * frame, so the app sees one moveend at the end, as it does after a real drag.
 */
const PAN = (seconds: number) => `new Promise((done) => {
  const map = window.__gdmap;
  let frames = 0;
  const count = () => { frames++; };
  const start = performance.now();
  map.on('render', count);
  map.once('moveend', () => {
    map.off('render', count);
    done(frames / ((performance.now() - start) / 1000));
  });
  map.panBy([${seconds * 150}, ${seconds * 50}], { duration: ${seconds * 1000}, easing: (t) => t });
})`;

// `steps` pans of 40 × 15 px, each waited for until MapLibre rendered it and two more animation frames
// passed (deck.gl's overlay redraws on its own frame): frames per second over a fixed number of frames,
// not frames counted in a fixed time, which at under 1 fps (100k points in software WebGL) is 0 to 3.
const PAN_STEPS = (steps: number) => `(async () => {
  const map = window.__gdmap;
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const start = performance.now();
  for (let i = 0; i < ${steps}; i++) {
    const rendered = new Promise((r) => map.once('render', r));
    map.panBy([40, 15], { duration: 0 });
    await rendered;
    await frame();
    await frame();
  }
  return ${steps} / ((performance.now() - start) / 1000);
})()`;

/**
 * Resolves to the value of a page expression once it is defined, polled inside the page by an evaluated
 * promise, not by waitForFunction: that one runs its predicate through eval, which the built app's
 * Content-Security-Policy (script-src 'self', see vite.config.ts) refuses.
 */
const POLL = (expression: string, what: string, timeoutMs: number) => `new Promise((done, fail) => {
  const start = Date.now();
  const poll = () => {
    const value = ${expression};
    if (value !== undefined) done(value);
    else if (Date.now() - start > ${timeoutMs}) fail(new Error('no ${what} within ${timeoutMs} ms'));
    else setTimeout(poll, 50);
  };
  poll();
})`;
/** When the page asked for each file it fetched (its Resource Timing, ms since navigation start); the first request of a URL. */
const RESOURCE_STARTS = `[...new Map(performance.getEntriesByType('resource').reverse().map((e) => [e.name, e.startTime])).entries()]`;
/** The probe's stamp of the complete render. */
const DONE = (timeoutMs: number) => POLL('window.__benchDone', 'complete render', timeoutMs);
/** The start time of a performance mark the page sets. */
const MARK = (name: string, timeoutMs: number) => POLL(`performance.getEntriesByName(${JSON.stringify(name)})[0]?.startTime`, `${name} mark`, timeoutMs);
// the app starts its map before it hands it over (src/ui/map/map-host.ts) and marks both moments; the bare page does not
const STAMPS = `({
  created: performance.getEntriesByName('map-created')[0]?.startTime ?? window.__benchCreated,
  load: performance.getEntriesByName('map-load')[0]?.startTime ?? window.__benchLoad,
})`;

/** A response the page received before its first complete render. */
export interface Fetched { url: string; path: string; kind: 'js' | 'css' | 'geojson' | 'tile' | 'other'; bytes: number; gzip: number }

/**
 * Milliseconds from navigation start: map created, map `load`, complete render, and the page's `readyMark` if
 * asked for; with `record`, the files fetched before the complete render and those fetched until `readyMark`.
 */
export interface Load { ms: number; created: number; load: number; ready: number | null; fetched: Fetched[]; fetchedUntilReady: Fetched[] }

const kindOf = (path: string, type: string): Fetched['kind'] => {
  if (/\.(m?js)$/.test(path) || type.includes('javascript')) return 'js';
  if (/\.css$/.test(path) || type.includes('text/css')) return 'css';
  if (/\.geojson$/.test(path)) return 'geojson';
  if (/\.pbf$/.test(path)) return 'tile';
  return 'other';
};

/**
 * One cold load: a new browser context (empty cache, no service worker), navigate, wait for the
 * probe's stamp. With `record`, every response until then is kept with its raw and gzip-9 size
 * (reading bodies costs time, so recorded loads are not the timed ones), and with `readyMark` every
 * response until that mark too. With `readyMark`, it then waits for that performance mark (the app's
 * panel may become interactive after the map is complete).
 */
export async function coldLoad(browser: Browser, url: string, { record = false, readyMark, timeoutMs = 90_000 }: { record?: boolean; readyMark?: string; timeoutMs?: number } = {}): Promise<Load> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.addInitScript(PROBE);
    const pending: Promise<(Fetched & { startedAt: number }) | null>[] = [];
    let open = record;
    const onResponse = (r: Response) => {
      if (!open || r.url().startsWith('data:') || r.url().startsWith('blob:')) return; // made in the page, not fetched
      const startedAt = r.request().timing().startTime; // ms since the epoch
      pending.push((async () => {
        const path = new URL(r.url()).pathname;
        const body = await r.body().catch(() => null);
        if (!body) return null;
        const kind = kindOf(path, r.headers()['content-type'] ?? '');
        return { url: r.url(), path, kind, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length, startedAt };
      })());
    };
    context.on('response', onResponse); // the context also sees the MapLibre worker's requests
    const navigation = await page.goto(url, { waitUntil: 'commit' });
    const ms = (await page.evaluate(DONE(timeoutMs))
      .catch((e: unknown) => { throw new Error(`${url}: no complete render (${errors.join('; ') || String(e)})`); })) as number;
    const { created, load } = (await page.evaluate(STAMPS)) as { created: number; load: number };
    const ready = readyMark ? (await page.evaluate(MARK(readyMark, timeoutMs))) as number : null;
    open = false;
    // a file asked for once the map was complete (the app's own chunk, which waits for that) is left out
    // by when its request started: the stamp comes one forced repaint later. Request times are on the
    // browser's clock, which can be hundreds of ms off the page's performance.timeOrigin: both are
    // taken from the navigation's own request
    const navigatedAt = navigation?.request().timing().startTime ?? 0;
    const doneAt = navigatedAt + ((await page.evaluate('window.__benchComplete')) as number);
    const responses = (await Promise.all(pending)).flatMap((f) => (f ? [f] : []));
    // a file asked for twice (the page and MapLibre's worker, say) is one file of the app: counted once
    const once = (files: typeof responses) => [...new Map(files.map(({ startedAt: _, ...f }) => [f.path, f])).values()];
    // the page's own requests are placed by its own clock: the app asks for its chunks right after the
    // complete render, a few ms that the translation between the two clocks can blur
    const pageStarts = new Map((await page.evaluate(RESOURCE_STARTS)) as [string, number][]);
    const completeAt = (await page.evaluate('window.__benchComplete')) as number;
    const beforeComplete = (f: (typeof responses)[number]) => {
      const inPage = pageStarts.get(f.url);
      return inPage === undefined ? f.startedAt <= doneAt : inPage <= completeAt;
    };
    const fetched = once(responses.filter(beforeComplete));
    if (errors.length) throw new Error(`${url}: page errors: ${errors.join('; ')}`);
    return { ms, created, load, ready, fetched, fetchedUntilReady: once(responses) };
  } finally {
    await context.close();
  }
}

/** Runs `warmUp` then `measure` (page expressions) in a fresh page of `url` after its complete render. */
async function timedPan(browser: Browser, url: string, warmUp: string, measure: string): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(PROBE);
    await page.goto(url);
    await page.evaluate(DONE(90_000));
    await page.evaluate(warmUp); // one-off costs (tiles, shaders) that a user pays once
    return (await page.evaluate(measure)) as number;
  } finally {
    await context.close();
  }
}

/** Frames per second MapLibre renders while the map pans steadily for `seconds`, after a complete render and a 1 s warm-up pan. */
export const panFps = (browser: Browser, url: string, seconds = 4): Promise<number> => timedPan(browser, url, PAN(1), PAN(seconds));

/** Frames per second over `steps` stepped pans (PAN_STEPS), after a complete render and one warm-up step: for pages under a few fps. */
export const panFpsStepped = (browser: Browser, url: string, steps: number): Promise<number> => timedPan(browser, url, PAN_STEPS(1), PAN_STEPS(steps));
