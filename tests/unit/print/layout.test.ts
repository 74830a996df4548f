import { describe, expect, it } from 'vitest';
import { loadFromDisk } from '../../../src/cli/files.ts';
import { readBasemap } from '../../../src/cli/print-files.ts';
import { xmlText } from '../../../src/export/print-svg.ts';
import { applyFilters } from '../../../src/filters/apply.ts';
import { parseQuery } from '../../../src/filters/query.ts';
import { cityFillColor } from '../../../src/layers/cities.ts';
import { RANK_COLORS } from '../../../src/layers/palette.ts';
import { DEFAULT_FRAME, pageText, type PrintCommand } from '../../../src/print/commands.ts';
import { scaleBarKm } from '../../../src/print/furniture.ts';
import { printDocument } from '../../../src/print/index.ts';
import { printState } from '../../../src/print/input.ts';

const { model, features } = loadFromDisk();
const basemap = readBasemap();
const inputOf = (query: string) => {
  const { state } = parseQuery(query);
  return { model, features, visible: applyFilters(model, state.filters), state: printState(state), basemap };
};
const AUTOMOTIVE = 'cluster=automotive&layers=cities,zones,clusters,projects';

describe('print layout (commands)', () => {
  const doc = printDocument(inputOf(AUTOMOTIVE), DEFAULT_FRAME, null);
  const page = doc.pages[0]!;
  const text = pageText(page).join('\n');

  it('an A3 landscape page is 1190 × 842 pt', () => {
    expect([page.width, page.height]).toEqual([1190, 842]);
  });
  it('the default title names the chosen cluster', () => {
    expect(doc.title).toBe('汽车产业集群布局');
    expect(text).toContain('汽车产业集群布局');
  });
  it('shows the filters in words, the legend heading, the scale unit, north and the disclaimer', () => {
    for (const s of ['集群: 汽车', '图例', '公里 km', '北 N', '界线不作为权属争议的依据 · 示意图']) expect(text).toContain(s);
  });
  it('names every city', () => {
    for (const c of model.cities) expect(text).toContain(c.short_zh);
  });
  it('cites the documents the shown layers come from', () => {
    expect(text).toContain('所据文件');
    expect(text).toContain('广东省制造业高质量发展“十四五”规划');
  });
  it('fills each city with the colour the page uses (a core city of the cluster in the core colour)', () => {
    const input = inputOf(AUTOMOTIVE);
    const fills = page.commands.filter((c): c is Extract<PrintCommand, { type: 'path' }> => c.type === 'path' && !!c.id?.startsWith('city:'));
    expect(fills).toHaveLength(21);
    const expected = features.cities.features.map((f) => cityFillColor(f, { ...input, show: input.state }));
    expect(fills.map((f) => f.fill)).toEqual(expected);
    expect(expected.filter((c) => c === RANK_COLORS.core).length).toBeGreaterThan(0);
  });
  it('has no 审图号 unless one is given', () => {
    expect(text).not.toContain('审图号');
    const given = pageText(printDocument(inputOf(AUTOMOTIVE), { ...DEFAULT_FRAME, approval: 'GS(2026)1234号' }, null).pages[0]!).join('\n');
    expect(given).toContain('审图号：GS(2026)1234号');
  });
  it('keeps a user title as one literal text, whatever syntax it holds', () => {
    const title = '<script>alert(1)</script> ) Tj ET %%EOF <svg onload=x>';
    const d = printDocument(inputOf(AUTOMOTIVE), { ...DEFAULT_FRAME, title }, null);
    expect(d.title).toBe(title);
    expect(pageText(d.pages[0]!)).toContain(title);
  });
  it('A4 portrait is 595 × 842 pt and still holds the legend and the locator', () => {
    const p = printDocument(inputOf(''), { ...DEFAULT_FRAME, paper: 'A4', orientation: 'portrait' }, null).pages[0]!;
    expect([p.width, p.height]).toEqual([595, 842]);
    expect(pageText(p).join('\n')).toContain('位置示意');
  });
  it('lays out the same commands for the same input (no clock, no randomness)', () => {
    expect(JSON.stringify(printDocument(inputOf(AUTOMOTIVE), DEFAULT_FRAME, null))).toBe(JSON.stringify(doc));
  });
});

describe('scale bar', () => {
  it('picks the longest round distance that fits', () => {
    expect(scaleBarKm({ metresPerPoint: 1000 }, 120)).toEqual({ km: 100, width: 100 });
    expect(scaleBarKm({ metresPerPoint: 300 }, 100).km).toBe(25);
  });
});

describe('atlases', () => {
  it('the city atlas has a cover, contents and a page naming each of the 21 cities', () => {
    const d = printDocument(inputOf(''), { ...DEFAULT_FRAME, paper: 'A4' }, 'cities');
    expect(d.pages).toHaveLength(23);
    model.cities.forEach((c, i) => expect(pageText(d.pages[i + 2]!).join('\n')).toContain(c.name_zh));
  });
  it('the cluster atlas has a page per cluster with its rank legend', () => {
    const d = printDocument(inputOf(''), { ...DEFAULT_FRAME, paper: 'A4' }, 'clusters');
    expect(d.pages).toHaveLength(22);
    expect(pageText(d.pages[2]!).join('\n')).toContain('核心 ★★★');
  });
});

describe('SVG text', () => {
  it('escapes markup characters', () => {
    expect(xmlText('<script>&"\'')).toBe('&lt;script&gt;&amp;&quot;&#39;');
  });
});
