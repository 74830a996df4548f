import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../../src/filters/apply.ts';
import { parseQuery } from '../../../src/filters/query.ts';
import { actionForKey } from '../../../src/present/keys.ts';
import { BAND, mapItems, optionWindow, stepIndex } from '../../../src/present/map-order.ts';
import { features, model } from '../../load-repo.ts';

const itemsOf = (query: string, lang: 'zh' | 'en' = 'zh') => {
  const { state } = parseQuery(query);
  return { items: mapItems(model, features, applyFilters(model, state.filters), state.show, lang), visible: applyFilters(model, state.filters) };
};

describe('the map in keyboard order (mapItems)', () => {
  it('holds exactly the visible cities, and the visible projects when their layer is on', () => {
    const off = itemsOf('cluster=new_energy&rank=core');
    expect(off.items.map((x) => x.id).sort()).toEqual([...off.visible.cityIds].sort());
    const on = itemsOf('layers=cities,projects&zone=west_wing');
    expect(on.items.filter((x) => x.kind === 'project').length).toBe(on.visible.counts.projects[0]);
    expect(on.items.filter((x) => x.kind === 'city').length).toBe(on.visible.counts.cities[0]);
  });

  it('reads north to south in bands, west to east within a band', () => {
    const { items } = itemsOf('layers=cities,projects');
    for (let i = 1; i < items.length; i++) {
      const [a, b] = [items[i - 1]!, items[i]!];
      const [ba, bb] = [Math.floor(-a.lat / BAND), Math.floor(-b.lat / BAND)];
      expect(ba < bb || (ba === bb && a.lon <= b.lon)).toBe(true);
    }
    const cities = itemsOf('').items.map((x) => x.id);
    expect(cities.at(-1)).toBe('440800'); // 湛江, the southernmost
    expect(cities[0]).toBe('440200');     // 韶关, the northernmost
  });

  it('names items in the chosen language', () => {
    expect(itemsOf('', 'en').items.find((x) => x.id === '440800')!.label).toBe('Zhanjiang (city)');
    expect(itemsOf('', 'zh').items.find((x) => x.id === '440800')!.label).toBe('湛江市（城市）');
  });

  it('steps within the list and jumps to its ends', () => {
    expect([stepIndex(0, -1, 5), stepIndex(4, 1, 5), stepIndex(2, 10, 5), stepIndex(3, -Infinity, 5), stepIndex(1, Infinity, 5), stepIndex(-1, 1, 5), stepIndex(-1, -1, 5), stepIndex(0, 1, 0)])
      .toEqual([0, 4, 4, 0, 4, 0, 4, -1]);
  });

  it('a focused list box keeps the arrow, page and space keys from the scene shortcuts, but not the others', () => {
    const on = (key: string) => actionForKey({ key, ctrlKey: false, metaKey: false, altKey: false, target: { tagName: 'UL', role: 'listbox' } });
    expect(['ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', ' '].map(on)).toEqual([null, null, null, null, null]);
    expect(on('5')).toEqual({ type: 'layer/toggle', layer: 'projects' });
    expect(on('Escape')).toEqual({ type: 'escape' });
  });
});

describe('the options the map list draws at once', () => {
  it('is a window around the active item, clamped to the list, never the whole of a long one', () => {
    expect(optionWindow(0, 100_000)).toEqual([0, 41]);
    expect(optionWindow(50_000, 100_000)).toEqual([49_980, 50_021]);
    expect(optionWindow(99_999, 100_000)).toEqual([99_959, 100_000]);
    expect(optionWindow(3, 10)).toEqual([0, 10]);
    expect(optionWindow(0, 0)).toEqual([0, 0]);
    const [from, to] = optionWindow(77, 620);
    expect(from <= 77 && 77 < to && to - from === 41).toBe(true);
  });
});
