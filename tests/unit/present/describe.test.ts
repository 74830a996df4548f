import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../../src/filters/apply.ts';
import { parseQuery } from '../../../src/filters/query.ts';
import { describeView } from '../../../src/present/describe.ts';
import { rankOf } from '../../../src/model/index.ts';
import { model, features } from '../../load-repo.ts';
import { DESCRIPTION, pngText, withPngText } from '../../../src/export/png-text.ts';
import { readBasemap } from '../../../src/cli/print-files.ts';
import { DEFAULT_FRAME, pageText } from '../../../src/print/commands.ts';
import { printDocument } from '../../../src/print/index.ts';
import { printState } from '../../../src/print/input.ts';

// The map in words must say what the map draws: every number in it comes from the same Visible.
const URLS = [
  '',
  'cluster=new_energy',
  'cluster=new_energy&rank=core',
  'cluster=semiconductors&zone=prd',
  'layers=cities,projects&kind=energy',
  'layers=cities,projects,corridors&cluster=automotive&city=440800',
  'zone=east_wing,west_wing&layers=cities,projects&compare=440100,440300',
  'q=湛江&layers=projects',
  'cluster=new_energy&metro=guangzhou',
];

const of = (query: string, lang?: 'zh' | 'en') => {
  const { state } = parseQuery(query);
  const visible = applyFilters(model, state.filters);
  return { state, visible, text: describeView(model, visible, state.show, lang ?? state.show.lang) };
};

describe('describeView (the map in words)', () => {
  for (const url of URLS) {
    it(`says the visible counts of "${url}" in Chinese`, () => {
      const { state, visible, text } = of(url, 'zh');
      const [n, N] = visible.counts.cities;
      expect(text).toContain(`显示 ${N} 个城市中的 ${n} 个`);
      if (state.show.layers.includes('projects')) expect(text).toContain(`显示 ${visible.counts.projects[1]} 个项目中的 ${visible.counts.projects[0]} 个`);
      else expect(text).not.toContain('项目');
      if (state.show.layers.includes('corridors')) expect(text).toContain(`显示 ${visible.counts.corridors[1]} 条轴带中的 ${visible.counts.corridors[0]} 条`);
    });

    it(`says the visible counts of "${url}" in English, without Chinese`, () => {
      const { state, visible, text } = of(url, 'en');
      const [n, N] = visible.counts.cities;
      expect(text).toContain(`${n} of ${N} cities shown`);
      if (state.show.layers.includes('projects')) expect(text).toContain(`${visible.counts.projects[0]} of ${visible.counts.projects[1]} projects shown`);
      expect(text).not.toMatch(/[\u3400-\u9fff]/);
    });
  }

  it('counts and names the core cities of a cluster, and the zones they lie in', () => {
    const { visible, text } = of('cluster=new_energy', 'zh');
    const core = model.cities.filter((c) => visible.cityIds.has(c.id) && rankOf(model, c.id, 'new_energy') === 'core');
    expect(text.startsWith(`${model.clusters.find((c) => c.id === 'new_energy')!.name_zh}：核心城市 ${core.length} 个（${core[0]!.name_zh}`)).toBe(true);
    const zoneCounts = model.zones.map((z) => [z.name_zh, core.filter((c) => c.zone === z.id).length] as const).filter(([, k]) => k > 0);
    expect(text).toContain(`其中${zoneCounts.map(([zone, k]) => `${zone} ${k} 个`).join('、')}`);
    // the per-zone counts add up to the core count
    expect(zoneCounts.reduce((s, [, k]) => s + k, 0)).toBe(core.length);
  });

  it('names the selected city and the compared cities in the chosen language', () => {
    expect(of('city=440800&compare=440100,440300', 'zh').text).toContain('已选城市：湛江市；对比：广州市、深圳市');
    expect(of('city=440800&compare=440100,440300', 'en').text).toContain('Selected city: Zhanjiang; Compared: Guangzhou, Shenzhen');
  });

  it('changes when the filters change (a live region has something to announce)', () => {
    expect(of('cluster=new_energy&rank=core').text).not.toBe(of('cluster=new_energy').text);
  });
});

describe('the description travels with exports', () => {
  // a 1×1 white PNG
  const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC'), (c) => c.charCodeAt(0));

  it('a PNG carries the description as an iTXt Description chunk, in UTF-8, after IHDR', () => {
    const text = of('cluster=new_energy', 'zh').text;
    const out = withPngText(PNG, DESCRIPTION, text, 'zh-CN');
    expect(pngText(out, DESCRIPTION)).toBe(text);
    expect(pngText(PNG, DESCRIPTION)).toBeNull();
    expect(new TextDecoder('latin1').decode(out.subarray(37, 41))).toBe('iTXt'); // 8 signature + 25 IHDR + 4 length
    // adding it again replaces it (one description per picture)
    expect(pngText(withPngText(out, DESCRIPTION, 'x', 'en'), DESCRIPTION)).toBe('x');
    expect(withPngText(withPngText(out, DESCRIPTION, 'x', 'en'), DESCRIPTION, text, 'zh-CN')).toEqual(out);
  });

  it('a print holds the description as text on the page and as the document\'s description', () => {
    const query = 'cluster=automotive&layers=cities,zones,clusters,projects';
    const { state, visible, text } = of(query, 'zh');
    const doc = printDocument({ model, features, visible, state: printState(state), basemap: readBasemap() }, DEFAULT_FRAME, null);
    expect(doc.description).toBe(text);
    expect(pageText(doc.pages[0]!).join('')).toContain(text.slice(0, 30));
  });
});
