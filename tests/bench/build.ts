import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';

export const ROOT = resolve(import.meta.dirname, '../..');
const BARE = resolve(import.meta.dirname, 'bare');
const BARE_DECK = resolve(import.meta.dirname, 'bare-deck');

/** One emitted JS chunk: its file name and how many rendered bytes each package contributes. */
export interface ChunkInfo { fileName: string; byPackage: Map<string, number> }

export interface Built { outDir: string; ms: number; chunks: Map<string, ChunkInfo> }

interface OutputChunk { type: 'chunk'; fileName: string; modules: Record<string, { renderedLength: number }> }
interface OutputAsset { type: 'asset'; fileName: string }

/** Which package (or repo folder) a module id belongs to, for the bundle breakdown. */
export function packageOf(id: string): string {
  const clean = id.replace(/^\0/, '').split('?')[0]!;
  const nm = clean.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const [a, b] = clean.slice(nm + 'node_modules/'.length).split('/');
    return a!.startsWith('@') ? `${a}/${b}` : a!;
  }
  if (clean.startsWith(ROOT)) return clean.slice(ROOT.length + 1).split('/').slice(0, 2).join('/');
  return clean.startsWith('vite/') || clean.startsWith('rolldown/') ? 'bundler runtime' : clean;
}

async function buildInto(options: Parameters<typeof build>[0]): Promise<Built> {
  const outDir = mkdtempSync(join(tmpdir(), 'gd-bench-'));
  const t0 = performance.now();
  const result = await build({ ...options, logLevel: 'warn', build: { ...options?.build, outDir, emptyOutDir: true } });
  const ms = performance.now() - t0;
  const outputs = (Array.isArray(result) ? result : [result]) as { output: (OutputChunk | OutputAsset)[] }[];
  const chunks = new Map<string, ChunkInfo>();
  for (const item of outputs.flatMap((o) => o.output)) {
    if (item.type !== 'chunk') continue;
    const byPackage = new Map<string, number>();
    for (const [id, m] of Object.entries(item.modules)) {
      byPackage.set(packageOf(id), (byPackage.get(packageOf(id)) ?? 0) + m.renderedLength);
    }
    chunks.set(item.fileName, { fileName: item.fileName, byPackage });
  }
  return { outDir, ms, chunks };
}

/** The production app, built with the repository's own vite.config.ts into a temp dir. */
export const buildApp = () => buildInto({ root: ROOT });

/** The bare MapLibre page (tests/bench/bare), built by the same vite with the same target. */
export const buildBare = () => buildInto({ root: BARE, configFile: false, build: { target: 'es2022', chunkSizeWarningLimit: 5000 } });

/** `vite preview` of a build on a free port; resolves to its URL and a close function. */
export async function serve(root: string, outDir: string, configFile?: false): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    root, configFile, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { url, close: () => server.close() };
}

/**
 * The bare MapLibre + deck.gl page (tests/bench/bare-deck) with the given points (lon, lat pairs) beside it
 * as points.json: the baseline for panning the app with the same points.
 */
export async function buildBareDeck(points: readonly (readonly [number, number])[]): Promise<Built> {
  const built = await buildInto({ root: BARE_DECK, configFile: false, build: { target: 'es2022', chunkSizeWarningLimit: 5000 } });
  writeFileSync(join(built.outDir, 'points.json'), JSON.stringify(points.flat()));
  return built;
}
export const serveBareDeck = (built: Built) => serve(BARE_DECK, built.outDir, false);

export const serveApp = (built: Built) => serve(ROOT, built.outDir);
export const serveBare = (built: Built) => serve(BARE, built.outDir, false);

/**
 * A copy of a build whose data/projects.json asset holds other projects (the 100k synthetic ones):
 * the page fetches, validates and joins them exactly as it does the real file.
 */
export function withProjects(built: Built, projectsJson: string): Built {
  const outDir = mkdtempSync(join(tmpdir(), 'gd-bench-synthetic-'));
  cpSync(built.outDir, outDir, { recursive: true });
  const asset = readdirSync(join(outDir, 'assets')).find((f) => /^projects-[\w-]{8}\.json$/.test(f));
  if (!asset) throw new Error('the build has no projects-*.json asset to replace');
  writeFileSync(join(outDir, 'assets', asset), projectsJson);
  return { ...built, outDir };
}
