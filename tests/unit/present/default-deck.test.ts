import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../../src/filters/apply.ts';
import { parseQuery, toQuery } from '../../../src/filters/query.ts';
import type { View } from '../../../src/filters/state.ts';
import { parseSceneDeck, serializeSceneDeck, stateForScene as urlStateForScene, type Scene, type SceneDeck } from '../../../src/present/scenes.ts';

/** A scene's state read as one flat record (filters and how they are shown). */
const stateForScene = (scene: Scene, lang: 'zh' | 'en') => {
  const { filters, show } = urlStateForScene(scene, lang);
  return { ...filters, ...show, filters };
};
import { rankOf } from '../../../src/model/index.ts';
import { features, model } from '../../load-repo.ts';

const TEXT = readFileSync(resolve(import.meta.dirname, '../../../data/scenes.json'), 'utf8');
const parsed = parseSceneDeck(TEXT);
const deck: SceneDeck = parsed.ok ? parsed.deck : { version: 1, scenes: [] };
const byId = new Map(deck.scenes.map((s) => [s.id, s]));

// Province: lon 109.6–117.4, lat 20.1–25.6.
const PROVINCE = { west: 109.6, east: 117.4, south: 20.1, north: 25.6 };
const SCREEN = { width: 1280, height: 720, margin: 40 };

/** Whether [lon, lat] falls inside the camera's 1280×720 frame (MapLibre: 512 px tiles, Web Mercator). */
function inFrame(view: View, [lon, lat]: readonly [number, number]): boolean {
  const world = 512 * 2 ** view.zoom;
  const x = (l: number) => ((l + 180) / 360) * world;
  const y = (l: number) => (0.5 - Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360)) / (2 * Math.PI)) * world;
  const dx = Math.abs(x(lon) - x(view.lon));
  const dy = Math.abs(y(lat) - y(view.lat));
  return dx <= SCREEN.width / 2 - SCREEN.margin && dy <= SCREEN.height / 2 - SCREEN.margin;
}

describe('data/scenes.json, the built-in deck', () => {
  it('parses with no errors and no warnings', () => {
    expect(parsed).toMatchObject({ ok: true, warnings: [] });
  });

  it('holds 8 to 11 scenes (the eleventh: the axes and belts)', () => {
    expect(deck.scenes.length).toBeGreaterThanOrEqual(8);
    expect(deck.scenes.length).toBeLessThanOrEqual(11);
  });

  it('is written exactly as serializeSceneDeck writes it', () => {
    expect(serializeSceneDeck(deck)).toBe(TEXT);
  });

  it('tells the story in order: zones, cores, sub-centres, metros, axes, pillar, emerging, coastal projects', () => {
    expect(deck.scenes.map((s) => s.id)).toEqual([
      'one-core-one-belt-one-zone', 'dual-core', 'sub-centres', 'metropolitan-areas', 'axes-and-belts',
      'pillar-electronics', 'pillar-petrochemicals', 'emerging-semiconductors', 'emerging-new-energy',
      'coastal-belt-projects', 'west-wing-heavy-industry',
    ]);
  });

  for (const scene of deck.scenes) {
    describe(`scene ${scene.id}`, () => {
      const { state, warnings } = parseQuery(scene.query);

      it('parses with no warnings', () => expect(warnings).toEqual([]));

      it('round-trips through parseQuery / toQuery unchanged', () => expect(toQuery(state)).toBe(scene.query));

      it('leaves the language to the viewer', () => expect(scene.query).not.toMatch(/(^|&)lang=/));

      it('has titles and notes in both languages', () => {
        expect(scene.title_zh).toMatch(/[\u4e00-\u9fff]/);
        expect(scene.title_en).toMatch(/^[\x20-\x7e–—★]+$/);
        expect([scene.note_zh, scene.note_en].every((n) => n !== undefined && n.length > 0)).toBe(true);
      });

      it('sets a camera over the province at a province-to-city zoom', () => {
        expect(state.show.view).not.toBeNull();
        const { lon, lat, zoom } = state.show.view!;
        expect(lon).toBeGreaterThan(PROVINCE.west);
        expect(lon).toBeLessThan(PROVINCE.east);
        expect(lat).toBeGreaterThan(PROVINCE.south);
        expect(lat).toBeLessThan(PROVINCE.north);
        expect(zoom).toBeGreaterThanOrEqual(6);
        expect(zoom).toBeLessThanOrEqual(8.5);
      });

      it('shows at least one city', () => {
        expect(applyFilters(model, stateForScene(scene, 'zh').filters).cityIds.size).toBeGreaterThan(0);
      });
    });
  }

  it('shows all 21 cities and the zones, without clusters, in the zones scene', () => {
    const state = stateForScene(byId.get('one-core-one-belt-one-zone')!, 'zh');
    expect([state.layers, state.cluster, applyFilters(model, state.filters).cityIds.size]).toEqual([['cities', 'zones'], null, 21]);
  });

  it('selects Guangzhou and frames both cores in the dual-core scene', () => {
    const state = stateForScene(byId.get('dual-core')!, 'zh');
    expect(state.city).toBe('440100');
    expect(state.layers).toContain('metro');
    expect(['440100', '440300'].map((c) => inFrame(state.view!, features.cityPoints.get(c as '440100')!))).toEqual([true, true]);
  });

  it('frames both sub-centres, Shantou and Zhanjiang, with their metro areas', () => {
    const state = stateForScene(byId.get('sub-centres')!, 'zh');
    expect(state.metro).toEqual(['shantou_chaozhou_jieyang', 'zhanjiang_maoming']);
    expect(['440500', '440800'].map((c) => inFrame(state.view!, features.cityPoints.get(c as '440500')!))).toEqual([true, true]);
  });

  it('uses the metro layer with all five areas in the metropolitan-areas scene', () => {
    const state = stateForScene(byId.get('metropolitan-areas')!, 'zh');
    expect([state.layers.includes('metro'), applyFilters(model, state.filters).metroIds.size]).toEqual([true, 5]);
  });

  it('shows two pillar and two emerging clusters', () => {
    const group = (id: string) => model.clusters.find((c) => c.id === stateForScene(byId.get(id)!, 'zh').cluster)?.group;
    expect(['pillar-electronics', 'pillar-petrochemicals', 'emerging-semiconductors', 'emerging-new-energy'].map(group))
      .toEqual(['pillar', 'pillar', 'emerging', 'emerging']);
  });

  it('limits the pillar scenes to core and key cities', () => {
    for (const id of ['pillar-electronics', 'pillar-petrochemicals']) expect(stateForScene(byId.get(id)!, 'zh').rank).toEqual(['core', 'key']);
  });

  it('shows major projects of both wings in the coastal-belt scene', () => {
    const state = stateForScene(byId.get('coastal-belt-projects')!, 'zh');
    expect([state.layers.includes('projects'), state.zone, state.kind]).toEqual([
      true, ['east_wing', 'west_wing'], ['energy', 'industrial_park', 'industrial_project', 'transport'],
    ]);
    expect(applyFilters(model, state.filters).projectIds.size).toBeGreaterThan(20);
  });

  it('frames every city each scene is about', () => {
    const subjects: Record<string, string[]> = { 'dual-core': ['440100', '440300'], 'sub-centres': ['440500', '440800'] };
    const outside = deck.scenes.flatMap((scene) => {
      const state = stateForScene(scene, 'zh');
      // with a cluster chosen, the subject is the cities ranked in it (unranked ones show but are not the point)
      const cities = subjects[scene.id] ?? [...applyFilters(model, state.filters).cityIds]
        .filter((c) => state.cluster === null || rankOf(model, c, state.cluster) !== null);
      return cities.filter((c) => !inFrame(state.view!, features.cityPoints.get(c as '440100')!)).map((c) => `${scene.id}: ${c}`);
    });
    expect(outside).toEqual([]);
  });

  it('frames every project shown in the project scenes', () => {
    const outside = ['coastal-belt-projects', 'west-wing-heavy-industry'].flatMap((id) => {
      const state = stateForScene(byId.get(id)!, 'zh');
      return [...applyFilters(model, state.filters).projectIds]
        .filter((p) => !inFrame(state.view!, features.projectPoints.get(p)!)).map((p) => `${id}: ${p}`);
    });
    expect(outside).toEqual([]);
  });
});
