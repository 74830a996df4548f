import { describe, expect, it } from 'vitest';
import { parseQuery, toQuery } from '../../../src/filters/query.ts';
import { DEFAULT_FILTERS } from '../../../src/filters/state.ts';
import type { Adcode } from '../../../src/model/index.ts';
import { reducer, type AppState } from '../../../src/ui/store.ts';

const start = (query = ''): AppState => ({
  filters: parseQuery(query).state, hover: null, warnings: [], tableOpen: false, webgl: 'ok', mapGeneration: 0,
  project: null, subSector: null, zone: null, opacity: { cities: 1, zones: 1, projects: 1 },
});
const toggle = (state: AppState, city: string) => reducer(state, { type: 'compare/toggle', city: city as Adcode });

describe('the comparison (compare/toggle, compare/clear)', () => {
  it('lives in the URL state, in adcode order, so a link shows the same cities side by side', () => {
    let state = toggle(start('cluster=new_energy'), '440300');
    state = toggle(state, '440100');
    expect(state.filters.compare).toEqual(['440100', '440300']);
    expect(toQuery(state.filters)).toBe('cluster=new_energy&compare=440100,440300');
    expect(parseQuery(toQuery(state.filters)).state).toEqual(state.filters);
  });

  it('takes a city out on a second toggle and empties on clear, leaving the other filters alone', () => {
    const both = toggle(toggle(start('zone=prd&city=440100'), '440100'), '440300');
    expect(toggle(both, '440100').filters.compare).toEqual(['440300']);
    const cleared = reducer(both, { type: 'compare/clear' });
    expect(cleared.filters).toEqual({ ...both.filters, compare: [] });
    expect(toQuery(cleared.filters)).toBe('zone=prd&city=440100');
    expect(DEFAULT_FILTERS.compare).toEqual([]);
  });

  it('drops an unknown city from a link with a warning, keeping the rest', () => {
    const { state, warnings } = parseQuery('compare=440300,999999,440100');
    expect(state.compare).toEqual(['440100', '440300']);
    expect(warnings.map((w) => `${w.param} ${w.value}`)).toEqual(['compare 999999']);
  });
});
