// The wall-screen soak (issue 15 item 23): 1,000 scene steps and filter changes in presenting mode, in one
// page, with camera animations off. Reports how much the JS heap grew (after a forced GC) from the first 50
// steps to the end, and how many WebGL contexts are still live at the end. In `npm run bench` (run.ts), or
// alone for measuring: `npx tsx tests/bench/soak.ts [steps]` (builds and serves the app itself).
import type { Browser, Page } from 'playwright-core';
import type { Budget } from './report.ts';
import { round } from './stats.ts';

export const SOAK_BUDGETS: Record<string, Budget> = {
  soak_heap_growth_pct: { max: 10, unit: '%' },
  soak_webgl_contexts: { max: 2, unit: '' },
};

/** Heap is measured after this many steps (caches and atlases are warm by then) and again at the end. */
const WARM_STEPS = 50;
/** Every other step a scene step (→), between them a filter change (next cluster, a layer on or off, the language). */
const FILTER_KEYS = [']', '5', ']', '4', '[', '5', '3', 'l', '4', '3', 'l'];
const VIEWPORT = { width: 800, height: 450 }; // smaller than the load bench's: a step draws sooner in software WebGL

/**
 * Runs before the page's scripts: keeps a weak reference to every WebGL context any canvas hands out, so the
 * end can count those still live (neither lost, as MapLibre's remove() loses its own, nor collected).
 */
const COUNT_CONTEXTS = `(() => {
  const contexts = [];
  const seen = new WeakSet();
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    const ctx = getContext.call(this, type, ...rest);
    if (ctx && /webgl/.test(String(type)) && !seen.has(ctx)) { seen.add(ctx); contexts.push(new WeakRef(ctx)); }
    return ctx;
  };
  window.__soakContexts = () => {
    let live = 0;
    for (const ref of contexts) { const ctx = ref.deref(); if (ctx && !ctx.isContextLost()) live++; }
    return { created: contexts.length, live };
  };
})();`;

export interface Soak { steps: number; heapWarmMb: number; heapEndMb: number; growthPct: number; contexts: number; created: number; seconds: number }

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** Lets React render the step (a task later); every tenth step also lets the map restyle and draw (two animation frames). */
const settle = (page: Page, draw: boolean) => page.evaluate((d) => new Promise<void>((done) => {
  if (d) requestAnimationFrame(() => requestAnimationFrame(() => done()));
  else setTimeout(done, 0);
}), draw);

export async function soakBench(browser: Browser, url: string, steps = 1000, log: (s: string) => void = () => {}): Promise<Soak> {
  const t0 = performance.now();
  const page = await browser.newPage({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.addInitScript(COUNT_CONTEXTS);
    await page.goto(`${url}?present=1`);
    await page.waitForSelector('.app[data-ready]', { timeout: 60_000 });
    let warm = 0;
    for (let i = 0; i < steps; i++) {
      await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : FILTER_KEYS[((i - 1) / 2) % FILTER_KEYS.length]!);
      await settle(page, i % 10 === 9);
      if (i % 50 === 49) await page.waitForTimeout(200); // now and then the scene's framing (150 ms after it) runs too
      if (i + 1 === WARM_STEPS) warm = await heapAfterGc(page);
      if (i % 100 === 99) log(`  soak: ${i + 1} steps (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    }
    if (errors.length) throw new Error(`the page threw during the soak: ${errors.slice(0, 3).join('; ')}`);
    await page.waitForTimeout(500);
    const end = await heapAfterGc(page);
    const { live, created } = await page.evaluate(() => (window as unknown as { __soakContexts(): { live: number; created: number } }).__soakContexts());
    return {
      steps, heapWarmMb: round(warm / 1e6, 1), heapEndMb: round(end / 1e6, 1), growthPct: round((100 * (end - warm)) / warm, 1),
      contexts: live, created, seconds: round((performance.now() - t0) / 1000, 0),
    };
  } finally {
    await page.close();
  }
}

export const soakResults = (s: Soak) => ({ soak_heap_growth_pct: s.growthPct, soak_webgl_contexts: s.contexts });

export const soakNotes = (s: Soak) => ({
  soak_heap_growth_pct: `JS heap after forced GC: ${s.heapWarmMb} MB after ${WARM_STEPS} steps → ${s.heapEndMb} MB after ${s.steps} (scene steps and filter changes, presenting, ${VIEWPORT.width}×${VIEWPORT.height}, reduced motion; ${s.seconds} s)`,
  soak_webgl_contexts: `WebGL contexts neither lost nor collected at the end; ${s.created} created in all`,
});

// run alone: builds the app, serves it, soaks, prints one JSON line
if (process.argv[1]?.endsWith('soak.ts')) {
  const { buildApp, serveApp } = await import('./build.ts');
  const { launch } = await import('./browser.ts');
  const { rmSync } = await import('node:fs');
  const steps = Number(process.argv[2] ?? 1000);
  const app = await buildApp();
  const server = await serveApp(app);
  const browser = await launch();
  try {
    const soak = await soakBench(browser, server.url, steps, (s) => process.stderr.write(`${s}\n`));
    process.stderr.write(`${JSON.stringify(soakNotes(soak), null, 2)}\n`);
    process.stdout.write(`${JSON.stringify({ ...soakResults(soak), ...soak })}\n`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(app.outDir, { recursive: true, force: true });
  }
}
