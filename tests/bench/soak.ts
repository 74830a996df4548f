// The wall-screen soak (issue 15 item 23): 1,000 scene steps and filter changes in presenting mode, in one
// page, with camera animations off. Reports how much the JS heap grew (after a forced GC) from the first 50
// steps to the end, and how many WebGL contexts are still live at the end. In `npm run bench` (run.ts), or
// alone for measuring: `npx tsx tests/bench/soak.ts [steps]` (builds and serves the app itself).
//
// Two things would make a growth that is no leak, and are taken out: the app's state (the end is measured
// after the app is taken back, through its own back/forward path, to the state it had after step 50: a
// city panel open at the end alone would count thousands of DOM nodes and fibres), and V8's compiled code
// (heap snapshots of the same state after 50 and after 600 steps differed by +3.3 MB of optimised code and
// +3 kB of everything else: the optimising compiler warming up, which V8 bounds and flushes itself). The
// growth with the code counted is reported beside it.
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

export interface Soak {
  steps: number; heapWarmMb: number; heapEndMb: number; growthPct: number; codeWarmMb: number; codeEndMb: number; growthWithCodePct: number;
  contexts: number; created: number; seconds: number;
}

/** The JS heap after a forced GC, and how much of it is V8's compiled code (from a heap snapshot). */
async function heapAfterGc(page: Page): Promise<{ used: number; code: number }> {
  const cdp = await page.context().newCDPSession(page);
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  let chunks = '';
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => { chunks += e.chunk; });
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const snapshot = JSON.parse(chunks) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[] };
  const fields = snapshot.snapshot.meta.node_fields;
  const codeType = snapshot.snapshot.meta.node_types[0].indexOf('code');
  const [typeAt, sizeAt, width] = [fields.indexOf('type'), fields.indexOf('self_size'), fields.length];
  let code = 0;
  for (let i = 0; i < snapshot.nodes.length; i += width) if (snapshot.nodes[i + typeAt] === codeType) code += snapshot.nodes[i + sizeAt]!;
  return { used: usedSize, code };
}

/** A query without its camera (the app may frame the map again after a state is restored). */
const withoutView = (search: string) => { const q = new URLSearchParams(search); q.delete('view'); return q.toString(); };

/** Takes the app to the state of `search` the way the browser's back button would (src/ui/use-url-sync.ts). */
const restoreState = (page: Page, search: string) => page.evaluate((q) => {
  history.pushState(null, '', `${location.pathname}${q}`);
  dispatchEvent(new PopStateEvent('popstate'));
}, search);

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
    let warm = { used: 0, code: 0 };
    let warmSearch = '';
    for (let i = 0; i < steps; i++) {
      await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : FILTER_KEYS[((i - 1) / 2) % FILTER_KEYS.length]!);
      await settle(page, i % 10 === 9);
      if (i % 50 === 49) await page.waitForTimeout(200); // now and then the scene's framing (150 ms after it) runs too
      if (i + 1 === WARM_STEPS) {
        warmSearch = await page.evaluate(() => location.search);
        warm = await heapAfterGc(page);
      }
      if (i % 100 === 99) log(`  soak: ${i + 1} steps (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    }
    if (errors.length) throw new Error(`the page threw during the soak: ${errors.slice(0, 3).join('; ')}`);
    await restoreState(page, warmSearch);
    await settle(page, true);
    await page.waitForTimeout(500);
    const now = await page.evaluate(() => location.search);
    if (withoutView(now) !== withoutView(warmSearch)) throw new Error(`soak: the app did not return to ${warmSearch} (it shows ${now})`);
    const end = await heapAfterGc(page);
    const { live, created } = await page.evaluate(() => (window as unknown as { __soakContexts(): { live: number; created: number } }).__soakContexts());
    const objects = (h: typeof warm) => h.used - h.code;
    return {
      steps, heapWarmMb: round(objects(warm) / 1e6, 1), heapEndMb: round(objects(end) / 1e6, 1),
      growthPct: round((100 * (objects(end) - objects(warm))) / objects(warm), 1),
      codeWarmMb: round(warm.code / 1e6, 1), codeEndMb: round(end.code / 1e6, 1),
      growthWithCodePct: round((100 * (end.used - warm.used)) / warm.used, 1),
      contexts: live, created, seconds: round((performance.now() - t0) / 1000, 0),
    };
  } finally {
    await page.close();
  }
}

export const soakResults = (s: Soak) => ({ soak_heap_growth_pct: s.growthPct, soak_heap_growth_with_code_pct: s.growthWithCodePct, soak_webgl_contexts: s.contexts });

export const soakNotes = (s: Soak) => ({
  soak_heap_growth_pct: `JS heap after forced GC, V8's compiled code left out: ${s.heapWarmMb} MB after ${WARM_STEPS} steps → ${s.heapEndMb} MB after ${s.steps} and a return to that state (code ${s.codeWarmMb} → ${s.codeEndMb} MB; with it ${s.growthWithCodePct} %); scene steps and filter changes, presenting, ${VIEWPORT.width}×${VIEWPORT.height}, reduced motion; ${s.seconds} s`,
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
