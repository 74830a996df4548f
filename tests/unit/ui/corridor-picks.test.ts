import { describe, expect, it } from 'vitest';
import { search } from '../../../src/filters/search.ts';
import { corridorsOfCity } from '../../../src/filters/corridor-filter.ts';
import { cityDetail } from '../../../src/model/index.ts';
import { clickAction, hoverOf, pickedFromDeck } from '../../../src/ui/map/map-picks.ts';
import { reducer, type AppState } from '../../../src/ui/store.ts';
import { DEFAULT_FILTERS, DEFAULT_SHOW } from '../../../src/filters/state.ts';
import { model } from '../../load-repo.ts';

const base: AppState = { filters: DEFAULT_FILTERS, show: { ...DEFAULT_SHOW, project: 'x' }, hover: null, warnings: [], webgl: 'ok', mapGeneration: 0, zone: null, opacity: { cities: 1, zones: 1, projects: 1 } };

describe('corridors in the page', () => {
  it('a picked corridor hovers with its id and a click opens its panel (closing a project panel)', () => {
    const picked = pickedFromDeck('corridors', { type: 'Feature', id: 'coastal-economic-belt', properties: {} });
    expect(picked).toEqual({ kind: 'corridor', corridor: 'coastal-economic-belt' });
    expect(hoverOf(picked, 3, 4)).toEqual({ corridor: 'coastal-economic-belt', x: 3, y: 4 });
    const next = reducer(base, clickAction(picked)!);
    expect([next.corridor, next.show.project]).toEqual(['coastal-economic-belt', null]);
    expect(reducer(next, { type: 'select', city: '440100' }).corridor).toBeNull();
  });

  it('search finds a corridor by its Chinese or English name', () => {
    expect(search(model, '穗莞深惠')[0]).toMatchObject({ kind: 'corridor', id: 'guangzhou-dongguan-shenzhen-huizhou-semiconductor-belt' });
    expect(search(model, 'innovation corridor').map((m) => m.kind)).toContain('corridor');
  });

  it('the city panel lists the corridors through the city', () => {
    expect(cityDetail(model, '441400').corridors.map((c) => c.id)).toEqual(['meixing-huafeng-industrial-belt']);
    expect(cityDetail(model, '440100').corridors).toEqual(corridorsOfCity(model, '440100'));
    expect(cityDetail(model, '440100').corridors.length).toBeGreaterThan(10);
  });
});
