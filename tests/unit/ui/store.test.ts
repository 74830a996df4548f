import { describe, expect, it } from 'vitest';
import { parseQuery, toQuery } from '../../../src/filters/query.ts';
import { DEFAULT_SHOW } from '../../../src/filters/state.ts';
import type { Adcode } from '../../../src/model/index.ts';
import { reducer, type Action, type AppState } from '../../../src/ui/store.ts';

const start = (query = ''): AppState => {
  const { filters, show } = parseQuery(query).state;
  return {
    filters, show, hover: null, warnings: [], webgl: 'ok', mapGeneration: 0,
    zone: null, opacity: { cities: 1, zones: 1, projects: 1 },
  };
};
const url = (state: AppState) => toQuery({ filters: state.filters, show: state.show });
const toggle = (state: AppState, city: string) => reducer(state, { type: 'compare/toggle', city: city as Adcode });

describe('the comparison (compare/toggle, compare/clear)', () => {
  it('lives in the URL state, in adcode order, so a link shows the same cities side by side', () => {
    let state = toggle(start('cluster=new_energy'), '440300');
    state = toggle(state, '440100');
    expect(state.show.compare).toEqual(['440100', '440300']);
    expect(url(state)).toBe('cluster=new_energy&compare=440100,440300');
    expect(parseQuery(url(state)).state).toEqual({ filters: state.filters, show: state.show });
  });

  it('takes a city out on a second toggle and empties on clear, leaving the other filters alone', () => {
    const both = toggle(toggle(start('zone=prd&city=440100'), '440100'), '440300');
    expect(toggle(both, '440100').show.compare).toEqual(['440300']);
    const cleared = reducer(both, { type: 'compare/clear' });
    expect(cleared.show).toEqual({ ...both.show, compare: [] });
    expect(url(cleared)).toBe('zone=prd&city=440100');
    expect(DEFAULT_SHOW.compare).toEqual([]);
  });

  it('drops an unknown city from a link with a warning, keeping the rest', () => {
    const { state, warnings } = parseQuery('compare=440300,999999,440100');
    expect(state.show.compare).toEqual(['440100', '440300']);
    expect(warnings.map((w) => `${w.param} ${w.value}`)).toEqual(['compare 999999']);
  });
});

describe('the reducer keeps the filters object unless a filter changes (nothing recolours on a camera move)', () => {
  const showOnly: Action[] = [
    { type: 'view/changed', view: { lon: 113, lat: 23, zoom: 8 } },
    { type: 'select', city: '440100' },
    { type: 'compare/toggle', city: '440300' },
    { type: 'url/patch', show: { lang: 'en', layers: ['cities'] } },
    { type: 'url/patch', filters: { cluster: 'robotics' } }, // the cluster it already has
    { type: 'url/replace', state: parseQuery('cluster=robotics&view=110,21,7').state, warnings: [] },
    { type: 'hover', hover: { city: '440100', x: 1, y: 2 } },
    { type: 'table/toggle' },
  ];
  it.each(showOnly.map((a) => [a.type, a] as const))('%s', (_, action) => {
    const before = start('cluster=robotics');
    expect(reducer(before, action).filters).toBe(before.filters);
  });

  it('gives new filters, and clears the sub-sector, when the cluster changes', () => {
    const before = start('cluster=robotics&subsector=robotics.industrial');
    const after = reducer(before, { type: 'url/patch', filters: { cluster: 'automotive' } });
    expect([after.filters.cluster, after.show.subSector]).toEqual(['automotive', null]);
    expect(reducer(before, { type: 'url/patch', filters: { zone: ['prd'] } }).show.subSector).toBe('robotics.industrial');
  });
});

describe('the reducer’s other actions', () => {
  it('records a camera move once, and ignores the same view again', () => {
    const moved = reducer(start(), { type: 'view/changed', view: { lon: 113, lat: 23, zoom: 8 } });
    expect(moved.show.view).toEqual({ lon: 113, lat: 23, zoom: 8 });
    expect(reducer(moved, { type: 'view/changed', view: { lon: 113, lat: 23, zoom: 8 } })).toBe(moved);
  });

  it('selecting a city closes an open project and zone panel', () => {
    const open = { ...start('project=p1'), zone: 'prd' as const };
    const next = reducer(open, { type: 'select', city: '440800' });
    expect([next.show.city, next.show.project, next.zone]).toEqual(['440800', null, null]);
  });

  it('opening a zone closes the project, opening a project closes the zone', () => {
    const zone = reducer(start('project=p1'), { type: 'zone/select', zone: 'north' });
    expect([zone.zone, zone.show.project]).toEqual(['north', null]);
    const project = reducer(zone, { type: 'project/select', project: 'p2' });
    expect([project.show.project, project.zone]).toEqual(['p2', null]);
  });

  it('keeps the state object for a hover that did not move', () => {
    const hovered = reducer(start(), { type: 'hover', hover: { city: '440100', x: 5, y: 6 } });
    expect(reducer(hovered, { type: 'hover', hover: { city: '440100', x: 5, y: 6 } })).toBe(hovered);
    expect(reducer(hovered, { type: 'hover', hover: null }).hover).toBeNull();
  });

  it('clamps an opacity to 0–1', () => {
    const s = reducer(reducer(start(), { type: 'opacity/set', layer: 'cities', value: 2 }), { type: 'opacity/set', layer: 'zones', value: -1 });
    expect([s.opacity.cities, s.opacity.zones, s.opacity.projects]).toEqual([1, 0, 1]);
  });

  it('replaces the URL state and its warnings on url/replace; dismissing empties the warnings', () => {
    const { state, warnings } = parseQuery('zone=mars&lang=en');
    const next = reducer(start(), { type: 'url/replace', state, warnings });
    expect([next.show.lang, next.warnings.length]).toEqual(['en', 1]);
    expect(reducer(next, { type: 'warnings/dismiss' }).warnings).toEqual([]);
  });

  it('switches to the table when WebGL is unavailable or lost, and builds a fresh map when it returns', () => {
    expect(reducer(start(), { type: 'webgl/unavailable' })).toMatchObject({ webgl: 'unavailable', show: { table: true } });
    const lost = reducer(start(), { type: 'webgl/lost' });
    expect(lost).toMatchObject({ webgl: 'lost', show: { table: true } });
    expect(reducer(lost, { type: 'webgl/restored' })).toMatchObject({ webgl: 'ok', show: { table: false }, mapGeneration: 1 });
  });

  it('toggles the table and sets the sub-sector', () => {
    const open = reducer(start(), { type: 'table/toggle' });
    expect(open.show.table).toBe(true);
    expect(url(open)).toBe('table=1'); // the table, the project and the sub-sector are in the URL
    expect(url(reducer(start('cluster=robotics'), { type: 'subSector/select', subSector: 'robotics.industrial' }))).toBe('cluster=robotics&subsector=robotics.industrial');
    expect(url(reducer(start(), { type: 'project/select', project: 'p1' }))).toBe('project=p1');
  });
});
