import type { TestProject } from 'vitest/node';
import { build, preview } from 'vite';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** Builds the production app once and serves it on a free local port for the browser tests. */
export default async function setup(project: TestProject) {
  const outDir = resolve(ROOT, 'node_modules/.e2e-dist');
  // vitest runs with NODE_ENV=test, which Vite would bake into the bundle (React's development build)
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: ROOT, logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
    // the one-file app, guangdong-map.html, next to index.html (build/single-file.ts)
    await build({ root: ROOT, logLevel: 'warn', mode: 'single-file', build: { outDir } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server did not report a URL');
  project.provide('baseUrl', url);
  project.provide('distDir', outDir);
  return async () => { await server.close(); };
}

declare module 'vitest' {
  export interface ProvidedContext { baseUrl: string; distDir: string }
}
