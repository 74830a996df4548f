import { describe, expect, it } from 'vitest';
import { search } from '../../../src/filters/search.ts';
import { model } from '../../load-repo.ts';

describe('search', () => {
  it('finds a city by Chinese, English and pinyin name, exact matches first', () => {
    for (const q of ['广州', '广州市', 'Guangzhou', 'guangzhou', 'GUANG zhou']) expect(search(model, q)[0], q).toMatchObject({ kind: 'city', id: '440100' });
  });

  it('finds a cluster by its name', () => {
    expect(search(model, '新能源')[0]).toMatchObject({ kind: 'cluster', id: 'new_energy' });
  });

  it('finds projects by the words of their names, after cities and clusters', () => {
    const matches = search(model, '乙烯');
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.every((m) => m.kind === 'project' && m.label_zh.includes('乙烯'))).toBe(true);
  });

  it('returns nothing for empty or unmatched text', () => {
    expect(search(model, '  ')).toEqual([]);
    expect(search(model, 'zz-no-such-place')).toEqual([]);
  });
});
