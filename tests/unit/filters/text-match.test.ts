import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../../src/filters/apply.ts';
import { parseQuery } from '../../../src/filters/query.ts';
import { search } from '../../../src/filters/search.ts';
import { foldText, queryWords } from '../../../src/filters/text-match.ts';
import { model } from '../../load-repo.ts';

// One definition of "matches" (src/filters/text-match.ts): the search box, the q filter (page and CLI)
// and the import's city lookup fold text the same way. The same queries go to the search box and to q=.
const QUERIES = [
  '湛江', 'Zhanjiang', 'zhanjiang', 'zhan jiang', 'Zhàn Jiāng', 'ＺＨＡＮＪＩＡＮＧ', 'zhan-jiang', "zhan'jiang",
  '深圳', 'shen zhen', 'Shenzhen-Zhongshan', 'Shenzhen–Zhongshan', 'guangzhou airport', '广州 机场', 'Foshan', '佛 山',
  'port', 'zz-no-match',
];

const byQ = (q: string) => applyFilters(model, parseQuery(`q=${encodeURIComponent(q)}`).state.filters);
const searched = (q: string) => search(model, q, Infinity);

describe('text matching', () => {
  it('folds width, case, tone marks, spaces and punctuation alike', () => {
    expect(['Zhàn Jiāng', 'ＺＨＡＮＪＩＡＮＧ', 'zhan-jiang', "Zhan’jiang"].map(foldText)).toEqual(Array(4).fill('zhanjiang'));
    expect(queryWords('Shenzhen–Zhongshan  Bridge')).toEqual(['shenzhen', 'zhongshan', 'bridge']);
  });

  it.each(QUERIES)('the search box and q= find the same cities for %s', (q) => {
    const fromSearch = searched(q).filter((m) => m.kind === 'city').map((m) => m.id).sort();
    expect(fromSearch).toEqual([...byQ(q).cityIds].sort());
  });

  it.each(QUERIES)('the search box and q= find the same projects for %s', (q) => {
    const fromSearch = searched(q).filter((m) => m.kind === 'project').map((m) => m.id).sort();
    expect(fromSearch).toEqual([...byQ(q).projectIds].sort());
  });

  it('matches a multi-word English query word by word, across an en dash, and by the city a project lies in', () => {
    expect(byQ('guangzhou airport').counts.projects[0]).toBeGreaterThan(0);
    expect(byQ('Shenzhen-Zhongshan').counts.projects[0]).toBe(byQ('Shenzhen–Zhongshan').counts.projects[0]);
    expect(byQ('Shenzhen-Zhongshan').counts.projects[0]).toBeGreaterThan(0);
    expect(byQ('zz-no-match').counts.projects[0]).toBe(0);
  });

  it('finds a city by pinyin with tones, spaces or full-width letters', () => {
    for (const q of ['Zhàn Jiāng', 'zhan jiang', 'ＺＨＡＮＪＩＡＮＧ']) expect([...byQ(q).cityIds]).toEqual(['440800']);
  });
});
