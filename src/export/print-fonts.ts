import fontkit from '@pdf-lib/fontkit';
import type { Font } from 'pdf-lib/cjs/types/fontkit';
import { subsetFont } from './font-subset.ts';
import { woffToSfnt } from './woff.ts';

/**
 * The fonts prints embed: Noto Sans SC (SIL OFL 1.1) from @fontsource/noto-sans-sc. Its
 * "chinese-simplified" files hold Latin and the common Chinese characters; four of its small
 * unicode-range files add marks (★ ◆ ▲ ≥ ①).
 */
export const PRINT_FONT_FILES = {
  regular: 'noto-sans-sc-chinese-simplified-400-normal.woff',
  bold: 'noto-sans-sc-chinese-simplified-700-normal.woff',
  symbols: ['noto-sans-sc-100-400-normal.woff', 'noto-sans-sc-102-400-normal.woff', 'noto-sans-sc-106-400-normal.woff', 'noto-sans-sc-109-400-normal.woff'],
} as const;

/** The font files' bytes (WOFF), as the CLI reads them from node_modules and the page fetches them. */
export interface FontFiles { regular: Uint8Array; bold: Uint8Array; symbols: Uint8Array[] }

/** What the writers need besides the commands: the fonts and the harfbuzz subsetter's wasm. */
export interface PrintAssets { fonts: FontFiles; harfbuzz: Uint8Array }

/** Parsed fonts: index 0 regular, 1 bold, then the symbol fonts; with the bytes each was parsed from. */
export interface FontSet { bytes: Uint8Array[]; fonts: Font[] }

const parsed = new WeakMap<Uint8Array, Font>();

/** Parses a font once per byte array. */
export function parseFont(bytes: Uint8Array): Font {
  let font = parsed.get(bytes);
  if (!font) { font = fontkit.create(bytes as never); parsed.set(bytes, font); }
  return font;
}

const sfnt = new WeakMap<Uint8Array, Promise<Uint8Array>>();

/** The fonts as TrueType, converted and parsed once per byte array. */
export async function loadFonts(files: FontFiles): Promise<FontSet> {
  const woffs = [files.regular, files.bold, ...files.symbols];
  const bytes = await Promise.all(woffs.map((w) => {
    let ttf = sfnt.get(w);
    if (!ttf) { ttf = woffToSfnt(w); sfnt.set(w, ttf); }
    return ttf;
  }));
  return { bytes, fonts: bytes.map(parseFont) };
}

/** Each font cut to the characters a document draws with it (index as in the set; null = unused). */
export async function subsetFonts(set: FontSet, texts: { font: number; text: string }[], wasm: Uint8Array): Promise<(Uint8Array | null)[]> {
  const used = set.bytes.map(() => new Set<string>());
  for (const { font, text } of texts) for (const ch of text) used[font]!.add(ch);
  return Promise.all(set.bytes.map((b, i) => (used[i]!.size ? subsetFont(wasm, b, [...used[i]!].sort().join('')) : null)));
}

/** A stretch of text drawn with one font. */
export interface TextRun { font: number; text: string; units: number } // units: advance in font units per em

/** Splits text into runs by the first font that has each character (bold first for bold text), with advances. */
export function textRuns(set: FontSet, text: string, bold = false): TextRun[] {
  const order = bold ? [1, 0, ...set.fonts.keys()].slice(0, set.fonts.length + 1) : [...set.fonts.keys()].filter((i) => i !== 1);
  const runs: TextRun[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const font = order.find((i) => set.fonts[i]!.hasGlyphForCodePoint(cp)) ?? order[0]!;
    const last = runs.at(-1);
    if (last && last.font === font) last.text += ch;
    else runs.push({ font, text: ch, units: 0 });
  }
  // plain advances, no shaping: the embedded subsets carry no GSUB/GPOS either (font-subset.ts)
  for (const run of runs) {
    const f = set.fonts[run.font]!;
    let units = 0;
    for (const ch of run.text) units += f.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth;
    run.units = units / f.unitsPerEm;
  }
  return runs;
}

/** The width of a text in points at a size, with the real fonts. */
export const runsWidth = (runs: TextRun[], size: number) => runs.reduce((w, r) => w + r.units * size, 0);
