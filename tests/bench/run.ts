// `npm run bench [-- --quick]`: bundle, boundaries, load time, filter and export speed, one JSON line at the end.
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadFromDisk } from '../../src/cli/files.ts';
import { BOUNDARY_FILES } from '../../src/model/index.ts';
import { TILE_LAYERS } from '../../src/layers/basemap.ts';
import { coldLoad, launch, panFps, panFpsStepped, type Fetched, type Load } from './browser.ts';
import { ROOT, buildApp, buildBare, buildBareDeck, serveApp, serveBare, serveBareDeck, withProjects, type Built } from './build.ts';
import { exportBench, filterBench } from './compute.ts';
import { budgetText, kb, table, verdict, type Budget } from './report.ts';
import { gisExportBench } from './export-gis.ts';
import { PRINT_BUDGETS, printBench } from './print.ts';
import { median, round } from './stats.ts';
import { SINGLE_FILE_BUDGETS, buildSingleFile, singleFileNotes, singleFileResults } from './single-file.ts';
import { SOAK_BUDGETS, soakBench, soakNotes, soakResults, type Soak } from './soak.ts';
import { syntheticWorld } from './synthetic.ts';
import { WITHIN_BUDGETS, withinBench } from './within.ts';

/** The boundary vector tiles a build wrote (geo/vector-tiles.ts): how many, and their gzip-9 size together. */
function tileSetSize(outDir: string): { count: number; gzip: number } {
  const files = readdirSync(resolve(outDir, 'assets'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.pbf'));
  return { count: files.length, gzip: files.reduce((total, f) => total + gzipSync(readFileSync(resolve(outDir, 'assets', f)), { level: 9 }).length, 0) };
}

const quick = process.argv.includes('--quick');
const RUNS = quick
  ? { loads: 5, filter: 50, export: 3, pan: 2, panSteps: 4 }
  : { loads: 15, filter: 300, export: 7, pan: 4, panSteps: 10 };
const SYNTHETIC = 100_000;
const BUDGETS: Record<string, Budget> = {
  bundle_initial_gzip_kb: { max: 600, unit: 'kB' },
  boundaries_gzip_kb: { max: 150, unit: 'kB' },
  load_ratio: { max: 1.5, unit: '×' },
  filter_p95_ms_real: { max: 16, unit: 'ms' },
  filter_p95_ms_100k: { max: 50, unit: 'ms' },
  export_ms_100k: { max: 300, unit: 'ms' },
  pan_ratio_100k: { min: 0.8, unit: '×' },
  ...SINGLE_FILE_BUDGETS,
  export_ms_100k_gpkg: { max: 2000, unit: 'ms' },
  export_ms_100k_shp: { max: 2000, unit: 'ms' },
  ...PRINT_BUDGETS,
  ...WITHIN_BUDGETS,
  ...SOAK_BUDGETS,
};
const log = (s: string) => process.stderr.write(`${s}\n`); // progress on stderr; the report on stdout
const started = performance.now();
const loadBefore = loadavg()[0]!; // the minute before the bench started: other work on the machine
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;

// 1. Node: filters, layers and export on the real model, then on 100k synthetic projects.
log(`bench${quick ? ' --quick' : ''}: real model…`);
const real = loadFromDisk();
const filterReal = filterBench(real.model, real.features, RUNS.filter);
log(`  filter real p95 ${filterReal.p95.toFixed(2)} ms (${elapsed()}); generating ${SYNTHETIC} synthetic projects…`);
const big = syntheticWorld(real.model, SYNTHETIC);
// the export first: timed after the filter runs, it would also pay for collecting their garbage
log(`  export… (${elapsed()})`);
const exportBig = exportBench(big.model, big.features, RUNS.export);
log(`  export 100k median ${exportBig.median.toFixed(0)} ms, first run ${exportBig.first.toFixed(0)} ms (${elapsed()}); filter 100k…`);
const gisBig = await gisExportBench(big.model, big.features, RUNS.export);
log(`  gpkg 100k median ${gisBig.gpkg.toFixed(0)} ms, shp ${gisBig.shp.toFixed(0)} ms (${elapsed()})`);
const filterBig = filterBench(big.model, big.features, RUNS.filter);
log(`  filter 100k p95 ${filterBig.p95.toFixed(1)} ms (${elapsed()}); with a drawn area…`);
const withinBig = withinBench(big.model, big.features, RUNS.filter);
log(`  filter 100k within p95 ${withinBig.p95.toFixed(1)} ms (${elapsed()}); print…`);
const printed = await printBench(real.model, real.features, quick ? 1 : 3);
log(`  print A3 ${printed.a3.median.toFixed(0)} ms, city atlas ${printed.atlas.median.toFixed(0)} ms (${elapsed()})`);
if (process.argv.includes('--node-only')) { // the Node part alone: no build, no browser, no results file
  process.stdout.write(`${JSON.stringify({
    filter_p95_ms_real: round(filterReal.p95, 2), filter_p95_ms_100k: round(filterBig.p95, 1),
    filter_p95_ms_100k_with_ids: round(filterBig.p95WithIds, 1), filter_p95_ms_100k_within: round(withinBig.p95, 1), export_ms_100k: round(exportBig.median, 0), export_ms_100k_first: round(exportBig.first, 0),
    export_ms_100k_gpkg: round(gisBig.gpkg, 0), export_ms_100k_shp: round(gisBig.shp, 0),
    pdf_ms_a3: round(printed.a3.median, 0), atlas_ms_cities: round(printed.atlas.median, 0),
  })}\n`);
  process.exit(0);
}

// 2. Browser: production builds of the app and of a bare MapLibre page, served by vite preview.
log('building the app and the bare MapLibre page…');
const app = await buildApp();
const tileSet = tileSetSize(app.outDir);
const single = await buildSingleFile(app.outDir); // the one-file app, loaded from file:// alongside the served app
const bare = await buildBare();
const appServer = await serveApp(app);
const bareServer = await serveBare(bare);
const browser = await launch();
const appLoads: Load[] = [];
const bareLoads: Load[] = [];
const singleLoads: Load[] = [];
let recorded: Load;
let panReal: number | null = null;
let panBare: number | null = null;
let pan100k: number | null = null;
let pan100kBare: number | null = null;
let soak: Soak | null = null;
/** The app marks when its panel and map are interactive (src/ui/app.tsx): after the complete render, or with it. */
const APP_READY = 'app-ready';
/** Project markers on (not the per-city bubbles) over the Pearl River Delta, where the most of them are in view. */
const PAN_100K_QUERY = 'layers=cities,projects&view=113.3,23.1,8';
try {
  log(`loading ${appServer.url} and ${bareServer.url} (${RUNS.loads} timed cold loads each, alternating)…`);
  recorded = await coldLoad(browser, appServer.url, { record: true, readyMark: APP_READY }); // also warms the server and Chromium; not timed
  await coldLoad(browser, bareServer.url);
  for (let i = 0; i < RUNS.loads; i++) {
    const pair = i % 2 === 0 ? [appServer.url, bareServer.url] : [bareServer.url, appServer.url];
    for (const url of pair) {
      if (url === appServer.url) appLoads.push(await coldLoad(browser, url, { readyMark: APP_READY }));
      else bareLoads.push(await coldLoad(browser, url));
    }
    singleLoads.push(await coldLoad(browser, single.url));
    log(`  load ${i + 1}: app ${appLoads.at(-1)!.ms.toFixed(0)} ms, bare ${bareLoads.at(-1)!.ms.toFixed(0)} ms, one file ${singleLoads.at(-1)!.ms.toFixed(0)} ms (${elapsed()})`);
  }
  log('panning (real data, and the bare page for reference)…');
  panReal = await panFps(browser, appServer.url, RUNS.pan);
  panBare = await panFps(browser, bareServer.url, RUNS.pan);
  log('soak: scene steps and filter changes in presenting mode…');
  soak = await soakBench(browser, appServer.url, quick ? 300 : 1000, log);
  log(`  soak: heap ${soak.heapWarmMb} → ${soak.heapEndMb} MB (${soak.growthPct} %), ${soak.contexts} live WebGL contexts (${elapsed()})`);
  log(`panning with ${SYNTHETIC} synthetic projects in the page's projects.json…`);
  const synthetic = withProjects(app, JSON.stringify(big.model.projects));
  const syntheticServer = await serveApp(synthetic);
  // the same points as one plain deck.gl ScatterplotLayer on a bare MapLibre page: what deck.gl itself costs
  const bareDeck = await buildBareDeck([...big.features.projectPoints.values()]);
  const bareDeckServer = await serveBareDeck(bareDeck);
  try {
    // alternating, so that a busy moment of the machine falls on both pages alike
    const app100k: number[] = [];
    const bare100k: number[] = [];
    for (let i = 0; i < 2; i++) {
      app100k.push(await panFpsStepped(browser, `${syntheticServer.url}?${PAN_100K_QUERY}`, RUNS.panSteps));
      bare100k.push(await panFpsStepped(browser, `${bareDeckServer.url}?${PAN_100K_QUERY}`, RUNS.panSteps));
    }
    pan100k = median(app100k);
    pan100kBare = median(bare100k);
    log(`  pan 100k: app ${app100k.map((f) => f.toFixed(1)).join(', ')} fps, bare deck.gl ${bare100k.map((f) => f.toFixed(1)).join(', ')} fps (${elapsed()})`);
  } finally {
    await syntheticServer.close();
    await bareDeckServer.close();
    rmSync(synthetic.outDir, { recursive: true, force: true });
    rmSync(bareDeck.outDir, { recursive: true, force: true });
  }
} finally {
  await browser.close();
  await appServer.close();
  await bareServer.close();
  for (const dir of [app.outDir, bare.outDir]) rmSync(dir, { recursive: true, force: true });
}

// 3. Results.
const cores = cpus().length;
const initial = recorded.fetched.filter((f) => f.kind === 'js' || f.kind === 'css');
// the boundary data the page loads until the app is interactive: the map's tiles and the model's GeoJSON files
const boundaries = recorded.fetchedUntilReady.filter((f) => f.kind === 'geojson' || f.kind === 'tile');
const tilesFetched = boundaries.filter((f) => f.kind === 'tile');
const sum = (fs: Fetched[], key: 'bytes' | 'gzip') => fs.reduce((s, f) => s + f[key], 0);
const loadMs = median(appLoads.map((l) => l.ms));
const loadBare = median(bareLoads.map((l) => l.ms));
const phases = (loads: Load[]) => ({
  map_created_ms: round(median(loads.map((l) => l.created)), 0),
  map_load_event_ms: round(median(loads.map((l) => l.load)), 0),
  complete_ms: round(median(loads.map((l) => l.ms)), 0),
  app_ready_ms: loads.every((l) => l.ready !== null) ? round(median(loads.map((l) => l.ready!)), 0) : null,
});
const phasesApp = phases(appLoads);
const phasesBare = phases(bareLoads);

const results = {
  bundle_initial_gzip_kb: round(kb(sum(initial, 'gzip'))),
  boundaries_gzip_kb: round(kb(sum(boundaries, 'gzip'))),
  load_ms: round(loadMs, 0),
  load_ms_bare: round(loadBare, 0),
  load_ratio: round(loadMs / loadBare, 2),
  filter_p95_ms_real: round(filterReal.p95, 2),
  filter_p95_ms_100k: round(filterBig.p95, 1),
  filter_p95_ms_100k_within: round(withinBig.p95, 1),
  export_ms_100k: round(exportBig.median, 0),
  export_ms_100k_gpkg: round(gisBig.gpkg, 0),
  export_ms_100k_shp: round(gisBig.shp, 0),
  pan_fps_100k: pan100k === null ? null : round(pan100k, 1),
  pan_fps_100k_bare: pan100kBare === null ? null : round(pan100kBare, 1),
  pan_ratio_100k: pan100k === null || !pan100kBare ? null : round(pan100k / pan100kBare, 2),
  ...singleFileResults(single, singleLoads, loadMs),
  pdf_ms_a3: round(printed.a3.median, 0),
  atlas_ms_cities: round(printed.atlas.median, 0),
  ...(soak ? soakResults(soak) : { soak_heap_growth_pct: null, soak_webgl_contexts: null }),
};

const geoFiles = readdirSync(resolve(ROOT, 'geo/output')).filter((f) => f.endsWith('.geojson'));
const sourceName = (path: string) => basename(path).replace(/-[\w-]{8}(?=\.geojson$)/, '');
const fetchedGeo = new Set(boundaries.filter((f) => f.kind === 'geojson').map((f) => sourceName(f.path)));
const tiledGeo = new Set(TILE_LAYERS.map((name) => `${name}.geojson`));
const notFetched = geoFiles.filter((f) => !fetchedGeo.has(f)).map((f) => {
  const size = statSync(resolve(ROOT, 'geo/output', f)).size;
  const inlined = size < 4096 && (BOUNDARY_FILES as readonly string[]).includes(f); // a small file the model reads is inlined into its JS
  return `${f} (${inlined ? 'under 4 kB: inlined into the JS as a data: URL, counted in the bundle' : tiledGeo.has(f) ? 'drawn from the vector tiles, counted in them' : 'not requested'})`;
});

const row = (key: keyof typeof results, label: string, note: string) => {
  const value = results[key];
  const budget = BUDGETS[key] ?? null;
  return [label, value === null ? 'null' : String(value), budgetText(budget), verdict(value, budget), note];
};
const out: string[] = [];
out.push(`Guangdong map benchmark${quick ? ' (--quick)' : ''} · ${new Date().toISOString()} · Node ${process.version} · ${cores} cores · ${elapsed()}`);
if (loadBefore > 1) {
  out.push(`WARNING: the machine was busy before the bench started (1-min load average ${loadBefore.toFixed(1)} on ${cores} cores); times may be inflated and noisy.`);
}
out.push('');
out.push(table(['metric', 'value', 'budget', 'status', 'how'], [
  row('bundle_initial_gzip_kb', 'initial JS+CSS, gzip-9 (kB)', `${initial.length} files fetched before the first complete render`),
  row('boundaries_gzip_kb', 'boundary files, gzip-9 (kB)', `${fetchedGeo.size} files (${[...fetchedGeo].sort().join(', ')}) and ${tilesFetched.length} of the ${tileSet.count} vector tiles (${kb(tileSet.gzip).toFixed(1)} kB in all)`),
  row('load_ms', 'app load → complete render (ms)', `median of ${appLoads.length} cold loads [${appLoads.map((l) => l.ms.toFixed(0)).join(', ')}]`),
  row('load_ms_bare', 'bare MapLibre load (ms)', `median of ${bareLoads.length} cold loads [${bareLoads.map((l) => l.ms.toFixed(0)).join(', ')}]`),
  row('load_ratio', 'load ratio app / bare', 'load_ms / load_ms_bare'),
  row('filter_p95_ms_real', 'applyFilters+layers p95, real (ms)', `${filterReal.runs} states, ${real.model.projects.length} projects; p50 ${filterReal.p50.toFixed(2)}, max ${filterReal.max.toFixed(1)}`),
  row('filter_p95_ms_100k', 'applyFilters+layers p95, 100k (ms)', `${filterBig.runs} states; p50 ${filterBig.p50.toFixed(1)}, max ${filterBig.max.toFixed(0)}; p95 ${filterBig.p95WithIds.toFixed(1)} with projectIds read`),
  row('filter_p95_ms_100k_within', 'the same with a drawn 200-vertex area (ms)', `${withinBig.runs} states (tests/bench/within.ts); p50 ${withinBig.p50.toFixed(1)}, max ${withinBig.max.toFixed(0)}; median ${withinBig.visibleMedian} projects kept`),
  row('export_ms_100k', 'GeoJSON bytes of 100k projects (ms)', `median of ${exportBig.runs} (first ${exportBig.first.toFixed(0)}); ${exportBig.count} features, ${exportBig.mb.toFixed(1)} MB`),
  row('pan_fps_100k', 'pan fps with 100k projects', `software WebGL; ${PAN_100K_QUERY}; ${RUNS.panSteps} stepped pans, each waited for until drawn; median of 2, alternating with the bare page`),
  row('pan_fps_100k_bare', 'pan fps, bare MapLibre + deck.gl, same points', 'one plain ScatterplotLayer of the same 100k placed points (tests/bench/bare-deck)'),
  row('pan_ratio_100k', 'pan ratio app / bare deck.gl, 100k', 'pan_fps_100k / pan_fps_100k_bare: what the app\'s layers, masks and pickers cost over deck.gl'),
  row('single_file_mb', 'one-file app size (MB)', singleFileNotes(single, singleLoads).single_file_mb),
  row('single_file_load_ratio', 'one-file app load / load_ms', singleFileNotes(single, singleLoads).single_file_load_ratio),
  row('export_ms_100k_gpkg', 'GeoPackage of 100k projects (ms)', `median of ${gisBig.runs} (first ${gisBig.gpkgFirst.toFixed(0)}, compiling sql.js); ${gisBig.gpkgMb.toFixed(1)} MB`),
  row('export_ms_100k_shp', 'zipped Shapefile of 100k projects (ms)', `median of ${gisBig.runs} (first ${gisBig.shpFirst.toFixed(0)}); ${gisBig.shpMb.toFixed(1)} MB`),
  row('pdf_ms_a3', 'PDF of the default view, A3 (ms)', `median after a warm-up run (first ${printed.a3.first.toFixed(0)}: fonts parsed, wasm started)`),
  row('atlas_ms_cities', 'city atlas PDF, 23 A4 pages (ms)', `median after a warm-up run (first ${printed.atlas.first.toFixed(0)})`),
  row('soak_heap_growth_pct', 'soak: JS heap growth (%)', soak ? soakNotes(soak).soak_heap_growth_pct : 'not run'),
  row('soak_webgl_contexts', 'soak: live WebGL contexts', soak ? soakNotes(soak).soak_webgl_contexts : 'not run'),
]));
out.push('', table(['page (medians, ms from navigation start)', 'map created', 'map load event', 'complete render', 'app interactive', 'pan fps, real data'], [
  ['app', phasesApp.map_created_ms, phasesApp.map_load_event_ms, phasesApp.complete_ms, phasesApp.app_ready_ms ?? 'n/a', panReal?.toFixed(1) ?? 'n/a'],
  ['bare MapLibre', phasesBare.map_created_ms, phasesBare.map_load_event_ms, phasesBare.complete_ms, 'n/a', panBare?.toFixed(1) ?? 'n/a'],
]));

out.push('', 'Files fetched before the first complete render (sizes in kB = 1000 bytes):');
const bySize = [...recorded.fetched].sort((a, b) => b.gzip - a.gzip);
out.push(table(['file', 'kind', 'raw', 'gzip-9', 'largest packages (share of the chunk before minifying)'], bySize.map((f) => {
  const chunk = app.chunks.get(f.path.replace(/^\//, ''));
  const total = chunk ? [...chunk.byPackage.values()].reduce((a, b) => a + b, 0) : 0;
  const top = chunk ? [...chunk.byPackage].sort((a, b) => b[1] - a[1]).slice(0, 5)
    .map(([p, n]) => `${p} ${Math.round((100 * n) / total)}%`).join(', ') : f.path.includes('worker') ? 'maplibre-gl worker (prebuilt)' : '';
  return [f.path, f.kind, kb(f.bytes).toFixed(1), kb(f.gzip).toFixed(1), top];
})));
if (notFetched.length) out.push('', `geo/output files not fetched as files: ${notFetched.join('; ')}`);
out.push('', `build: app ${(app.ms / 1000).toFixed(1)} s, bare ${(bare.ms / 1000).toFixed(1)} s; synthetic join ${big.joinMs.toFixed(0)} ms`);

const saved = {
  ...results,
  date: new Date().toISOString(),
  node: process.version,
  cores,
  load_average_before: round(loadBefore, 2),
  quick,
  budgets: Object.fromEntries(Object.entries(BUDGETS).map(([k, b]) => [k, { ...(b.max !== undefined ? { max: b.max } : { min: b.min }), status: verdict(results[k as keyof typeof results], b) }])),
  details: {
    pan_fps_100k: `software WebGL (SwiftShader); the build's projects.json replaced by the ${SYNTHETIC} synthetic projects; ${PAN_100K_QUERY}`,
    pan_fps_real: panReal === null ? null : round(panReal, 1),
    pan_fps_bare: panBare === null ? null : round(panBare, 1),
    load_phases: { app: phasesApp, bare: phasesBare },
    load_ms_samples: appLoads.map((l) => round(l.ms, 0)),
    load_ms_bare_samples: bareLoads.map((l) => round(l.ms, 0)),
    filter_real: { runs: filterReal.runs, p50: round(filterReal.p50, 3), max: round(filterReal.max, 2) },
    filter_100k: { runs: filterBig.runs, p50: round(filterBig.p50, 2), max: round(filterBig.max, 1), p95_with_project_ids: round(filterBig.p95WithIds, 1) },
    export_100k: { runs: exportBig.runs, features: exportBig.count, mb: round(exportBig.mb, 1), first_run_ms: round(exportBig.first, 0) },
    initial_files: initial.map((f) => ({ path: f.path, kb: round(kb(f.bytes)), gzip_kb: round(kb(f.gzip)) })),
    boundary_files: boundaries.map((f) => ({
      path: f.path,
      source: f.kind === 'tile' ? `vector tile ${f.path.replace(/^.*\/tiles-[^/]+\//, '').replace(/\.pbf$/, '')}` : `geo/output/${sourceName(f.path)}`,
      kb: round(kb(f.bytes)), gzip_kb: round(kb(f.gzip)),
    })),
    boundaries_not_fetched: notFetched,
    // the whole tile set the build wrote; a load fetches only the tiles its view needs (counted above)
    tiles: { fetched: tilesFetched.length, fetched_gzip_kb: round(kb(sum(tilesFetched, 'gzip'))), built: tileSet.count, built_gzip_kb: round(kb(tileSet.gzip)) },
  },
};
mkdirSync(resolve(ROOT, 'bench'), { recursive: true });
writeFileSync(resolve(ROOT, 'bench/results.json'), `${JSON.stringify(saved, null, 2)}\n`);
out.push(`written: bench/results.json`, '', JSON.stringify(results));
process.stdout.write(`${out.join('\n')}\n`);
