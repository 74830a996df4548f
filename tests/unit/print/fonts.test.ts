import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { readFontFiles, readHarfbuzzWasm } from '../../../src/cli/print-files.ts';
import { subsetFont } from '../../../src/export/font-subset.ts';
import { loadFonts, textRuns } from '../../../src/export/print-fonts.ts';
import { woffToSfnt } from '../../../src/export/woff.ts';
import { tidy } from '../../../src/print/geometry.ts';

const files = readFontFiles();

describe('print fonts', () => {
  it('unwraps WOFF into a TrueType font with the same glyphs', async () => {
    const ttf = await woffToSfnt(files.regular);
    expect(new DataView(ttf.buffer).getUint32(0)).toBe(0x00010000);
    expect(fontkit.create(ttf as never).numGlyphs).toBe(fontkit.create(files.regular as never).numGlyphs);
  });
  it('subsets a font to the characters asked for, keeping their mapping', async () => {
    const ttf = await woffToSfnt(files.regular);
    const sub = fontkit.create(await subsetFont(readHarfbuzzWasm(), ttf, '广州Guangzhou') as never);
    expect(sub.numGlyphs).toBeLessThan(20);
    expect(sub.hasGlyphForCodePoint('广'.codePointAt(0)!)).toBe(true);
    expect(sub.hasGlyphForCodePoint('深'.codePointAt(0)!)).toBe(false);
  });
  it('draws ★ with a symbol font and the rest with the main one', async () => {
    const set = await loadFonts(files);
    expect(textRuns(set, '核心 ★★★').map((r) => [r.font === 0, r.text])).toEqual([[true, '核心 '], [false, '★★★']]);
  });
});

describe('print geometry', () => {
  it('drops vertices closer than half a point but keeps each ring closed', () => {
    expect(tidy([[[0, 0], [0.1, 0], [10, 0], [10, 10], [0, 0]]])).toEqual([[[0, 0], [10, 0], [10, 10], [0, 0]]]);
  });
});
