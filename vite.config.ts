import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { SINGLE_FILE_MODE, singleFile } from './build/single-file.ts';
import { maplibreCss } from './build/maplibre-css.ts';

/**
 * The built app's Content-Security-Policy: its own origin only, no remote hosts. Added at build time;
 * the dev server injects inline scripts for hot reload, which this policy would block.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'", // WebAssembly only (sql.js for GeoPackage; the print's font subsetter and rasteriser), never eval()
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'", // MapLibre and React set element styles
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const contentSecurityPolicy = (): Plugin => ({
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
});

const FIRST_VIEW = 'virtual:first-view';

/**
 * The plan's style layers of a page opened without parameters, computed from data/ at build time:
 * the map starts with them, before the app, the model and zod have loaded (src/layers/first-view.ts).
 * Invalid data fails the build here with the same message the CLI gives.
 */
const firstView = (): Plugin => ({
  name: 'first-view',
  resolveId: (id) => (id === FIRST_VIEW ? `\0${FIRST_VIEW}` : null),
  async load(id) {
    if (id !== `\0${FIRST_VIEW}`) return null;
    const { loadFromDisk } = await import('./src/cli/files.ts');
    const { firstViewLayers } = await import('./src/layers/first-view.ts');
    const { BOUNDARY_FILES, DATA_FILES } = await import('./src/model/index.ts');
    const root = import.meta.dirname;
    for (const file of DATA_FILES) this.addWatchFile(`${root}/data/${file}`); // the dev server recomputes it on a change
    for (const file of BOUNDARY_FILES) this.addWatchFile(`${root}/geo/output/${file}`);
    const { model, features } = loadFromDisk(root);
    return `export default ${JSON.stringify(firstViewLayers(model, features))};`;
  },
});

const BOUNDARY_TILES = 'virtual:boundary-tiles';
const DEV_TILES_PATH = '/@boundary-tiles/';
const TILE_TEMPLATE = '{z}/{x}/{y}.pbf';

/**
 * The boundary tiles the map draws from (geo/vector-tiles.ts), cut from geo/output when the app is built
 * or served: the build writes them to assets/tiles-<hash>/, the dev server answers them from memory.
 * The virtual module says where they are and what they cover.
 */
const boundaryTiles = (): Plugin => {
  let tileSet: import('./geo/vector-tiles.ts').VectorTileSet | null = null;
  let serving = false;
  let base = '/';
  return {
    name: 'boundary-tiles',
    configResolved: (config) => { serving = config.command === 'serve'; base = config.base; },
    resolveId: (id) => (id === BOUNDARY_TILES ? `\0${BOUNDARY_TILES}` : null),
    async load(id) {
      if (id !== `\0${BOUNDARY_TILES}`) return null;
      const { readFileSync } = await import('node:fs');
      const { vectorTiles } = await import('./geo/vector-tiles.ts');
      const { TILE_LAYERS } = await import('./src/layers/basemap.ts');
      const files = TILE_LAYERS.map((name) => `${import.meta.dirname}/geo/output/${name}.geojson`);
      for (const file of files) this.addWatchFile(file);
      const read = (name: string, file: string) => {
        try { return JSON.parse(readFileSync(file, 'utf8')); } catch (e) { throw new Error(`geo/output/${name}.geojson: ${(e as Error).message}`); }
      };
      tileSet = vectorTiles(Object.fromEntries(TILE_LAYERS.map((name, i) => [name, read(name, files[i]!)])));
      const folder = `assets/tiles-${tileSet.hash}/`;
      if (!serving) {
        for (const [path, bytes] of tileSet.tiles) this.emitFile({ type: 'asset', fileName: `${folder}${path}.pbf`, source: bytes });
      }
      const { bounds, maxzoom } = tileSet;
      return `export default ${JSON.stringify({ path: serving ? DEV_TILES_PATH : `${base}${folder}`, template: TILE_TEMPLATE, bounds, maxzoom })};`;
    },
    configureServer(server) {
      server.middlewares.use(DEV_TILES_PATH, (req, res, next) => {
        const bytes = tileSet?.tiles.get((req.url ?? '').replace(/^\//, '').replace(/\.pbf$/, ''));
        if (!bytes) return next();
        res.setHeader('Content-Type', 'application/x-protobuf');
        res.setHeader('Cache-Control', 'no-cache'); // the same URLs serve new tiles after geo/output changes
        res.end(bytes);
      });
    },
  };
};

// One config for the app build and both test projects: unit (node) and e2e (headless Chromium).
export default defineConfig(({ mode }) => ({
  // relative asset URLs: the build works unchanged under any sub-path (deploy/nginx.conf)
  base: './',
  plugins: [react(), maplibreCss(), contentSecurityPolicy(), firstView(), boundaryTiles(), ...(mode === SINGLE_FILE_MODE ? [singleFile(import.meta.dirname)] : [])],
  server: { host: '127.0.0.1', port: 5173, open: false }, // never opens a browser: the README's first command runs on machines without a desktop
  preview: { host: '127.0.0.1', port: 4173, open: false },
  build: {
    target: 'es2022', chunkSizeWarningLimit: 1500,
    // data and boundary files stay files, however small: as base64 inside the first script they would
    // cost a third more bytes, be parsed as code and be downloaded again with every new script
    assetsInlineLimit: (file: string) => (/\.(json|csv|geojson)$/.test(file) ? false : undefined),
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts', 'tests/geo/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
}));
