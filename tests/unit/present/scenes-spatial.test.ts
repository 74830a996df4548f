import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../../src/filters/apply.ts';
import { parseQuery } from '../../../src/filters/query.ts';
import { normaliseWithin, WITHIN_MAX_CHARS } from '../../../src/filters/spatial.ts';
import { defaultUrlState } from '../../../src/filters/state.ts';
import { parseSceneDeck, sceneFromState } from '../../../src/present/scenes.ts';
import { features, model } from '../../load-repo.ts';

// A scene is a URL, so a spatial selection in it plays like any filter.
describe('scenes holding a spatial selection', () => {
  it('a scene whose query holds near= applies it', () => {
    const text = JSON.stringify({ version: 1, scenes: [{ id: 'zhanjiang-port', title_zh: '湛江港 60 公里内', title_en: 'Within 60 km of Zhanjiang port', query: 'layers=cities,projects&near=110.41,21.2,60' }] });
    const result = parseSceneDeck(text);
    expect('deck' in result && result.warnings).toEqual([]);
    const scene = 'deck' in result ? result.deck.scenes[0]! : null;
    const { state, warnings } = parseQuery(scene!.query);
    expect(warnings).toEqual([]);
    expect(state.filters.near).toEqual({ lon: 110.41, lat: 21.2, km: 60 });
    const visible = applyFilters(model, state.filters, features);
    expect(visible.counts.projects[0]).toBeGreaterThan(5);
    expect(visible.counts.projects[0]).toBeLessThan(model.projects.length);
  });

  it('a scene saved from a state with the largest drawn area keeps it', () => {
    const state = defaultUrlState();
    const ring = Array.from({ length: 500 }, (_, i) => [113 + Math.cos(i / 80) * (1 + (i % 7) / 3), 23 + Math.sin(i / 80) * (1 + (i % 5) / 3)] as [number, number]);
    state.filters.within = normaliseWithin([[ring]], true);
    const scene = sceneFromState(state, '范围外', 'Outside', []);
    expect(scene.query.length).toBeLessThanOrEqual(WITHIN_MAX_CHARS + 10);
    const deck = parseSceneDeck(JSON.stringify({ version: 1, scenes: [scene] }));
    expect('deck' in deck && deck.warnings).toEqual([]);
    expect(parseQuery(scene.query).state.filters.within).toEqual(state.filters.within);
  });
});
