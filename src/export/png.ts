import { initWasm, Resvg } from '@resvg/resvg-wasm';
import type { PrintDocument } from '../print/commands.ts';
import { pageSvg } from './print-svg.ts';
import { DESCRIPTION, withPngText } from './png-text.ts';
import { loadFonts, subsetFonts, textRuns, type PrintAssets } from './print-fonts.ts';

/** Dots per inch of a printed PNG. */
export const PNG_DPI = 300;

let started: Promise<void> | null = null;

/**
 * The first page of a print document as a PNG at 300 dpi: the same commands as the PDF, drawn as SVG
 * by resvg (wasm, so the page and the CLI get the same pixels) with the same font subsets.
 */
export async function toPng(doc: PrintDocument, assets: PrintAssets & { resvg: Uint8Array }): Promise<Uint8Array> {
  started ??= initWasm(assets.resvg as BufferSource);
  await started;
  const page = doc.pages[0]!;
  const set = await loadFonts(assets.fonts);
  const texts = page.commands.flatMap((c) => (c.type === 'text' && c.text ? textRuns(set, c.text, c.bold) : []));
  const subsets = await subsetFonts(set, texts, assets.harfbuzz);
  const svg = pageSvg(page, set);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round((page.width / 72) * PNG_DPI) },
    font: { fontBuffers: subsets.filter((b): b is Uint8Array => b !== null), loadSystemFonts: false, defaultFontFamily: set.fonts[0]!.familyName ?? 'Noto Sans SC' } as never,
    background: '#ffffff',
  });
  const image = resvg.render();
  const png = image.asPng();
  image.free();
  resvg.free();
  // the view in words as the picture's alt text, in the bytes (so the page and the CLI still write the same file)
  return doc.description ? withPngText(png, DESCRIPTION, doc.description, doc.lang === 'zh' ? 'zh-CN' : 'en') : png;
}
