// `vite build --mode single-file`: the one-file app, dist/guangdong-map.html (src/export/offline-html.ts).
// The app is bundled once more, split into chunks as when served (the import worker bundled apart), two
// modules are swapped for their offline twins, and the page is assembled from a small loader
// (build/offline-loader.ts), the CSS, the chunks and the files the served build fetches: data,
// boundaries, tiles and MapLibre's worker — every file a deflated base64 block.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { Plugin, UserConfig } from 'vite';
import { encodeEmbedded } from '../src/export/embedded-encoding.ts';
import { OFFLINE_FILE_NAME, offlineHtml, type OfflineParts } from '../src/export/offline-html.ts';
import { CHUNK_IMPORT, CHUNK_SPECIFIER, offlineLoader, type ChunkImports } from './offline-loader.ts';

export const SINGLE_FILE_MODE = 'single-file';

/**
 * The one-file app's policy: nothing but its own document — its one inline script by hash, and the module
 * scripts that script makes from the page's own blocks as object URLs (blob:), its embedded files as blob:/data:.
 */
export const singleFileCsp = (script: string): string => [
  "default-src 'none'",
  `script-src 'sha256-${createHash('sha256').update(script).digest('base64')}' blob:`, // the loader, then the chunks it makes object URLs of
  'worker-src blob: data:', // the embedded workers: MapLibre's from a blob: URL (a data: URL on file://), the import worker from a data: URL
  "style-src 'unsafe-inline'", // MapLibre and React set element styles, as in the served build
  'img-src data: blob:',
  'font-src data:',
  'connect-src data: blob:',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const SWAPS: Record<string, string> = { // module → its offline twin
  'src/ui/map/asset-urls.ts': 'src/ui/map/offline-asset-urls.ts',
  'src/ui/export/import-worker-start.ts': 'src/ui/export/offline-import-worker-start.ts',
  // print layouts and GeoPackage stay out of the file (their libraries, font and wasm would double it)
  'src/ui/export/print-entry.ts': 'src/ui/export/offline-print-entry.ts',
  'src/ui/export/page-sqlite.ts': 'src/ui/export/offline-page-sqlite.ts',
};
const MAPLIBRE_WORKER = 'maplibre-gl/dist/maplibre-gl-worker.mjs';
const WORKER_MODULE = '\0offline-maplibre-worker';

const minifiedJson = (text: string) => JSON.stringify(JSON.parse(text));
const withoutSourceMap = (code: string) => code.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
const jsText = (o: { type: 'chunk'; code: string } | { type: 'asset'; source: string | Uint8Array }) =>
  withoutSourceMap(o.type === 'chunk' ? o.code : typeof o.source === 'string' ? o.source : Buffer.from(o.source).toString('utf8'));

/** The files the page embeds, by name, in a fixed order. */
async function embeddedFiles(root: string): Promise<OfflineParts['files']> {
  const { DATA_FILES, BOUNDARY_FILES } = await import('../src/model/index.ts');
  const { TILE_LAYERS } = await import('../src/layers/basemap.ts');
  const { vectorTiles } = await import('../geo/vector-tiles.ts');
  const read = (path: string) => readFileSync(resolve(root, path), 'utf8');
  const geo = [...new Set([...BOUNDARY_FILES, 'province.geojson', 'district-shapes.geojson'])];
  const tileSet = vectorTiles(Object.fromEntries(TILE_LAYERS.map((name) => [name, JSON.parse(read(`geo/output/${name}.geojson`))])));
  const tiles = Object.fromEntries([...tileSet.tiles].map(([path, bytes]) => [path, Buffer.from(bytes).toString('base64')]));
  const worker = withoutSourceMap(read(`node_modules/${MAPLIBRE_WORKER}`));
  return [
    ...DATA_FILES.map((name) => [name, name.endsWith('.json') ? minifiedJson(read(`data/${name}`)) : read(`data/${name}`).replaceAll('\r\n', '\n')] as const),
    ...geo.map((name) => [name, minifiedJson(read(`geo/output/${name}`))] as const),
    ['tiles.json', JSON.stringify(tiles)] as const,
    ['maplibre-gl-worker.mjs', worker] as const,
  ];
}

interface Chunk { fileName: string; code: string; imports: string[]; dynamicImports: string[] }

/**
 * Each chunk's code with its imports of other chunks made for the loader (build/offline-loader.ts):
 * static ones name "gd-chunk:<file>", dynamic ones call __gdImport("<file>"). Fails the build on an import
 * it cannot place (a cycle of static imports, an import of a file that is not a chunk, one left as "./…").
 */
export function chunkBlocks(chunks: readonly Chunk[]): { blocks: (readonly [string, string])[]; imports: ChunkImports } {
  const names = new Set(chunks.map((c) => basename(c.fileName)));
  if (names.size !== chunks.length) throw new Error('single-file: two chunks share a file name');
  const imports: ChunkImports = {};
  const blocks = chunks.map((chunk) => {
    const name = basename(chunk.fileName);
    let code = jsText({ type: 'chunk', code: chunk.code }).replaceAll('__VITE_PRELOAD__', 'void 0');
    for (const file of [...chunk.imports, ...chunk.dynamicImports]) {
      if (!names.has(basename(file))) throw new Error(`single-file: ${name} imports ${file}, which is not a chunk`);
    }
    code = code.replace(/\bimport\(\s*(["'`])\.\/([\w.-]+\.js)\1\s*\)/g, (_, _q, file: string) => `${CHUNK_IMPORT}(${JSON.stringify(file)})`);
    code = code.replace(/(["'`])\.\/([\w.-]+\.js)\1/g, (match, _q, file: string) => (names.has(file) ? JSON.stringify(CHUNK_SPECIFIER + file) : match));
    const left = code.match(/["'`]\.\/[\w.-]+\.js["'`]/);
    if (left) throw new Error(`single-file: ${name} still names ${left[0]}`);
    imports[name] = chunk.imports.map((f) => basename(f));
    return [name, code] as const;
  });
  const visiting = new Set<string>();
  const done = new Set<string>();
  const visit = (name: string, path: string[]) => {
    if (done.has(name)) return;
    if (visiting.has(name)) throw new Error(`single-file: static imports in a cycle: ${[...path, name].join(' → ')}`);
    visiting.add(name);
    for (const dep of imports[name] ?? []) visit(dep, [...path, name]);
    visiting.delete(name);
    done.add(name);
  };
  for (const name of names) visit(name, []);
  return { blocks, imports };
}

/** The single-file build's plugin: one chunk, offline modules, and the page written to the build's outDir. */
export function singleFile(root: string): Plugin {
  let target = resolve(root, 'dist');
  let scratch = ''; // the bundle's own output, thrown away: only the page is kept
  return {
    name: 'single-file',
    enforce: 'pre',
    config: (config): UserConfig => {
      target = resolve(root, config.build?.outDir ?? 'dist');
      scratch = mkdtempSync(join(tmpdir(), 'gd-single-file-'));
      return {
        // absolute, so that no chunk resolves a file against import.meta.url (an object URL in the page)
        base: '/',
        build: {
          outDir: scratch, emptyOutDir: true, cssCodeSplit: false, modulePreload: false, assetsInlineLimit: 0, chunkSizeWarningLimit: 4000,
          rolldownOptions: { input: resolve(root, 'src/offline-main.ts'), output: { format: 'es', entryFileNames: 'assets/[name]-[hash].js', chunkFileNames: 'assets/[name]-[hash].js' } },
        },
        worker: { format: 'es' },
      };
    },
    async resolveId(source, importer, options) {
      if (source.endsWith(`${MAPLIBRE_WORKER}?url`)) return WORKER_MODULE;
      if (!importer || source.startsWith('\0')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const swap = resolved && SWAPS[resolved.id.slice(root.length + 1)];
      return swap ? resolve(root, swap) : null;
    },
    load: (id) => (id === WORKER_MODULE
      ? `import { embeddedUrl } from ${JSON.stringify(resolve(root, 'src/ui/map/offline-sources.ts'))};\nexport default embeddedUrl('maplibre-gl-worker.mjs', 'text/javascript');\n`
      : null),
    // after Vite's own plugins: the CSS is in the bundle only by then
    writeBundle: { order: 'post', async handler(_options, bundle) {
      const outputs = Object.values(bundle);
      const worker = outputs.find((o) => /(^|\/)import-worker-[\w-]+\.js$/.test(o.fileName));
      if (!worker) throw new Error(`single-file: the import worker was not bundled (${outputs.map((o) => o.fileName).filter((f) => !f.endsWith('.pbf')).join(', ')})`);
      const chunks = outputs.filter((o) => o.type === 'chunk' && o !== worker);
      const entry = chunks.find((c) => c.type === 'chunk' && c.isEntry);
      if (!entry) throw new Error(`single-file: no entry chunk among ${chunks.map((c) => c.fileName).join(', ')}`);
      const css = outputs.filter((o) => o.type === 'asset' && o.fileName.endsWith('.css'));
      const { blocks, imports } = chunkBlocks(chunks.flatMap((c) => (c.type === 'chunk' ? [c] : [])));
      const script = offlineLoader(basename(entry.fileName), imports);
      const style = css.map((a) => String(a.type === 'asset' ? a.source : '')).join('\n');
      const files = [...await embeddedFiles(root), [basename(worker.fileName), jsText(worker)] as const, ...blocks]
        .map(([name, text]) => [name, encodeEmbedded(text)] as const);
      const html = offlineHtml({ csp: singleFileCsp(script), style, script, files }, '');
      mkdirSync(target, { recursive: true });
      writeFileSync(resolve(target, OFFLINE_FILE_NAME), html);
    } },
    closeBundle: () => rmSync(scratch, { recursive: true, force: true }),
  };
}
