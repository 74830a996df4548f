import { describe, expect, it } from 'vitest';
import { DEFAULT_INDICATOR } from '../../../src/filters/indicator-state.ts';
import { parseQuery, toQuery } from '../../../src/filters/query.ts';
import { defaultUrlState } from '../../../src/filters/state.ts';
import { UrlStateSchema } from '../../../src/filters/state-schema.ts';
import { stateForScene } from '../../../src/present/scenes.ts';

describe('the indicator choice in the URL', () => {
  it('reads column, classing, classes, breaks and the second variable', () => {
    const { state, warnings } = parseQuery('?indicator=GDP（亿元）&classing=manual&breaks=500,100,2000.5&indicator2=core_count&classes=4');
    expect(warnings).toEqual([]);
    expect(state.show.indicator).toEqual({ column: 'GDP（亿元）', method: 'manual', classes: 4, breaks: [100, 500, 2000.5], second: 'core_count' });
    expect(UrlStateSchema.safeParse(state).success).toBe(true);
  });

  it('writes it canonically and round-trips, defaults left out', () => {
    const state = defaultUrlState();
    expect(toQuery(state)).toBe('');
    state.show.indicator = { ...DEFAULT_INDICATOR, column: 'a,b&c', method: 'jenks', classes: 6 };
    const query = toQuery(state);
    expect(query).toBe('indicator=a,b%26c&classing=jenks&classes=6');
    expect(parseQuery(query).state).toEqual(state);
  });

  it('takes ckmeans as natural breaks (jenks)', () => {
    expect(parseQuery('indicator=x&classing=ckmeans').state.show.indicator.method).toBe('jenks');
  });

  it('drops bad values with a warning each and keeps the defaults', () => {
    const { state, warnings } = parseQuery(`indicator=${'x'.repeat(101)}&classing=kmeans&classes=9&breaks=1,abc,,2,NaN,1e999`);
    expect(state.show.indicator).toEqual({ ...DEFAULT_INDICATOR, breaks: [1, 2] });
    expect(warnings.map((w) => [w.param, w.value])).toEqual([
      ['indicator', `${'x'.repeat(59)}…`], ['classing', 'kmeans'], ['classes', '9'], ['breaks', 'abc'], ['breaks', 'NaN'], ['breaks', '1e999'],
    ]);
    expect(warnings.every((w) => w.kind === 'dropped' && w.allowed.length > 0)).toBe(true);
    expect(parseQuery('classes=2').warnings[0]?.message).toMatch(/3 to 7/);
  });

  it('keeps at most six manual breaks', () => {
    const { state, warnings } = parseQuery('breaks=1,2,3,4,5,6,7');
    expect(state.show.indicator.breaks).toEqual([1, 2, 3, 4, 5, 6]);
    expect(warnings).toHaveLength(1);
  });

  it('travels with a scene (a scene is a URL)', () => {
    const scene = { id: 's', title_zh: '指标', title_en: 'Indicator', query: 'cluster=automotive&indicator=GDP&classing=equal&classes=3' };
    expect(stateForScene(scene, 'en').show.indicator).toEqual({ ...DEFAULT_INDICATOR, column: 'GDP', method: 'equal', classes: 3 });
  });
});
