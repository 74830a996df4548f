import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { PRINT_FONT_FILES, type FontFiles } from '../export/print-fonts.ts';
import { BASEMAP_FILES, parseBasemap, type PrintBasemap } from '../print/input.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

/** The print fonts from node_modules (@fontsource/noto-sans-sc), as the page fetches them (Node only). */
export function readFontFiles(): FontFiles {
  const dir = resolve(dirname(require.resolve('@fontsource/noto-sans-sc/package.json')), 'files');
  const read = (name: string) => new Uint8Array(readFileSync(resolve(dir, name)));
  return { regular: read(PRINT_FONT_FILES.regular), bold: read(PRINT_FONT_FILES.bold), symbols: PRINT_FONT_FILES.symbols.map(read) };
}

/** The basemap files the print draws under the plan, from geo/output (Node only). */
export function readBasemap(root = ROOT): PrintBasemap {
  const files = Object.fromEntries(BASEMAP_FILES.map((f) => [f, readFileSync(resolve(root, 'geo/output', f), 'utf8')]));
  return parseBasemap(files as Record<(typeof BASEMAP_FILES)[number], string>);
}

/** The resvg wasm module's bytes (Node only). */
export function readResvgWasm(): Uint8Array {
  return new Uint8Array(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
}

/** The harfbuzz subsetter's wasm (harfbuzzjs), for the PDF writer (Node only). */
export function readHarfbuzzWasm(): Uint8Array {
  return new Uint8Array(readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')));
}
