import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pinyinFile } from '../../../build/pinyin-names.ts';
import { applyFilters } from '../../../src/filters/apply.ts';
import { DEFAULT_FILTERS } from '../../../src/filters/state.ts';
import { search } from '../../../src/filters/search.ts';
import { model } from '../../load-repo.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const projectsNamed = (q: string) => {
  const visible = applyFilters(model, { ...DEFAULT_FILTERS, q });
  return model.projects.filter((p) => visible.projectIds.has(p.id)).map((p) => p.name_zh);
};

describe('pinyin search of project, cluster and sub-sector names', () => {
  it('data/pinyin.json is what `npm run pinyin` writes for today\'s data', () => {
    expect(readFileSync(resolve(ROOT, 'data/pinyin.json'), 'utf8')).toBe(pinyinFile(ROOT));
  });

  it('"baiyun jichang" finds the Baiyun airport projects, in the search box and in q=', () => {
    const matches = search(model, 'baiyun jichang');
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.every((m) => m.kind === 'project' && m.label_zh.includes('白云机场'))).toBe(true);
    expect(projectsNamed('baiyun jichang')).toEqual(expect.arrayContaining(['广州白云机场三期扩建工程']));
  });

  it('"gangzhuao" finds the Hong Kong–Zhuhai–Macao bridge', () => {
    expect(search(model, 'gangzhuao')).toContainEqual(expect.objectContaining({ kind: 'project', label_zh: '港珠澳大桥' }));
    expect(projectsNamed('gangzhuao')).toContain('港珠澳大桥');
  });

  it('"qiche" finds the automotive cluster first (exact before prefix and substring), then its sub-sectors', () => {
    const matches = search(model, 'qiche', 20);
    expect(matches[0]).toMatchObject({ kind: 'cluster', id: 'automotive' });
    expect(matches).toContainEqual(expect.objectContaining({ kind: 'subSector', label_zh: '新能源汽车' }));
  });

  it('"xinnengyuan" finds the new-energy cluster first, then names that start with it before those that only hold it', () => {
    const matches = search(model, 'xinnengyuan', 20);
    expect(matches[0]).toMatchObject({ kind: 'cluster', id: 'new_energy' });
    const prefix = matches.findIndex((m) => m.label_zh === '新能源汽车');
    const inside = matches.findIndex((m) => m.label_zh.length > 3 && !m.label_zh.startsWith('新能源') && m.label_zh.includes('新能源'));
    expect(prefix).toBeGreaterThan(0);
    if (inside >= 0) expect(inside).toBeGreaterThan(prefix);
  });

  it('initials find a name too (gzadq = 港珠澳大桥)', () => {
    expect(search(model, 'gzadq')[0]).toMatchObject({ kind: 'project', label_zh: '港珠澳大桥' });
  });
});
