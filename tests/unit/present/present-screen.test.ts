import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../../src/filters/apply.ts';
import { parseQuery } from '../../../src/filters/query.ts';
import { styleLayers } from '../../../src/layers/map-style.ts';
import { buildDeckLayers } from '../../../src/layers/index.ts';
import { projectLabels } from '../../../src/layers/project-labels.ts';
import { bubbleRadius, labelHalfHeight, labelSize, markOffsets, LINE_HEIGHT, ROLE_SIZE, STAR_SIZE } from '../../../src/layers/mark-layout.ts';
import { presentScale } from '../../../src/present/scale.ts';
import { parseSceneDeck } from '../../../src/present/scenes.ts';
import { sceneSubject } from '../../../src/present/subject.ts';
import { features, model } from '../../load-repo.ts';

const deck = parseSceneDeck(readFileSync(resolve(import.meta.dirname, '../../../data/scenes.json'), 'utf8'));
if (!deck.ok) throw new Error(deck.errors.join('; '));
const scenes = deck.deck.scenes;

/** A layer input for a query, presenting at a given scale. */
function input(query: string, scale: number, labelProjects?: readonly string[]) {
  const { filters, show } = parseQuery(query).state;
  return { features, model, visible: applyFilters(model, filters), show: { ...show, present: true }, scale, labelProjects };
}

/** A MapLibre linear zoom interpolation read at one zoom. */
function atZoom(expression: unknown, zoom: number): number {
  const stops = (expression as unknown[]).slice(3) as number[];
  for (let i = 0; i + 3 < stops.length; i += 2) {
    const [z0, v0, z1, v1] = [stops[i]!, stops[i + 1]!, stops[i + 2]!, stops[i + 3]!];
    if (zoom <= z1) return v0 + (v1 - v0) * Math.max(0, zoom - z0) / (z1 - z0);
  }
  return stops.at(-1)!;
}

describe('presenting scales with the screen', () => {
  it('is 1 when not presenting, grows with the viewport, and is capped', () => {
    expect(presentScale(1920, 1080, false)).toBe(1);
    expect(presentScale(1280, 720, true)).toBeCloseTo(1.2);
    expect(presentScale(1920, 1080, true)).toBeCloseTo(1.8);
    expect(presentScale(390, 844, true)).toBe(1); // a phone keeps the desk sizes
    expect(presentScale(7680, 4320, true)).toBe(3);
    expect(presentScale(1920, 1080, true)).toBeGreaterThan(presentScale(1280, 720, true));
  });

  it('draws city names of at least 22 px (zh) at 1920×1080 at the zooms scenes use, with a readable English line', () => {
    const scale = presentScale(1920, 1080, true);
    const labels = styleLayers(input('layers=cities,zones', scale)).find((l) => l.id === 'city-labels')!;
    const size = (labels.layout as Record<string, unknown>)['text-size'];
    for (const zoom of [6, 6.5, 7, 8]) {
      expect(atZoom(size, zoom)).toBeGreaterThanOrEqual(22);
      expect(atZoom(size, zoom) * 0.78).toBeGreaterThanOrEqual(16);
    }
    const desk = styleLayers(input('layers=cities,zones', 1)).find((l) => l.id === 'city-labels')!;
    expect(atZoom((desk.layout as Record<string, unknown>)['text-size'], 6)).toBeLessThan(14); // unchanged off the projector
  });

  it('scales the ★ marks, role marks, bubbles and their counts', () => {
    const style = styleLayers(input('cluster=electronics', 1.8));
    expect((style.find((l) => l.id === 'stars')!.layout as Record<string, unknown>)['text-size']).toBeCloseTo(STAR_SIZE * 1.8);
    expect((style.find((l) => l.id === 'roles')!.layout as Record<string, unknown>)['text-size']).toBeCloseTo(ROLE_SIZE * 1.8);
    const counts = buildDeckLayers(input('layers=cities,projects', 1.8)).find((l) => l.id === 'project-group-counts')!;
    expect((counts.props as Record<string, unknown>).getSize).toBeCloseTo(13 * 1.8);
    expect(bubbleRadius(30, 1.8)).toBeCloseTo(bubbleRadius(30) * 1.8);
  });
});

describe('marks around a city name never cover each other', () => {
  it.each([1, 1.2, 1.8, 3])('at scale %s, for every zoom, language and count: roles above, name, ★ under, bubble under those', (scale) => {
    for (const lang of ['zh', 'en'] as const) {
      for (let zoom = 4; zoom <= 11; zoom += 0.25) {
        const half = labelHalfHeight(labelSize(zoom, scale), lang);
        for (const stars of [true, false]) {
          const { starsY, rolesY, bubbleTop } = markOffsets(zoom, scale, lang, stars);
          const star = (LINE_HEIGHT * STAR_SIZE * scale) / 2;
          const role = (LINE_HEIGHT * ROLE_SIZE * scale) / 2;
          expect(rolesY + role).toBeLessThanOrEqual(-half);      // the role mark ends above the name
          if (stars) {
            expect(starsY - star).toBeGreaterThanOrEqual(half);  // ★ start under the name
            expect(bubbleTop).toBeGreaterThanOrEqual(starsY + star); // the bubble starts under the ★
          } else {
            expect(bubbleTop).toBeGreaterThanOrEqual(half);
          }
        }
      }
    }
  });

  it('hangs each bubble (any count) below that line, on the page as in the layout', () => {
    const layers = buildDeckLayers({ ...input('layers=cities,projects,clusters&cluster=electronics', 1.8) });
    const bubbles = layers.find((l) => l.id === 'project-groups')!;
    const data = bubbles.props.data as { count: number }[];
    expect(data.length).toBeGreaterThan(0);
    const { bubbleTop } = markOffsets(6.1, 1.8, 'zh', true);
    for (const d of data) {
      const [, up] = ((bubbles.props as Record<string, unknown>).getPixelOffset as (d: unknown) => [number, number])(d);
      expect(-up - bubbleRadius(d.count, 1.8)).toBeCloseTo(bubbleTop); // its top edge at bubbleTop
    }
  });
});

describe('scenes name the projects they are about', () => {
  const westWing = scenes.find((s) => s.id === 'west-wing-heavy-industry')!;

  it('labels 宝钢湛江钢铁 and 巴斯夫 in the west-wing scene, each project it names visible under its filters', () => {
    const labels = projectLabels(input(westWing.query, 1.8, westWing.label_projects));
    const texts = labels.map((l) => l.text);
    expect(texts).toContain('宝钢湛江钢铁项目');
    expect(texts).toContain('巴斯夫新型一体化项目');
    expect(labels).toHaveLength(westWing.label_projects!.length);
    const rows = labels.filter((l) => l.position[0] < 110.6).map((l) => l.row); // the three in Zhanjiang stack apart
    expect(new Set(rows).size).toBe(rows.length);
  });

  it('labels nothing without a scene, or with the projects layer off', () => {
    expect(projectLabels(input(westWing.query, 1))).toEqual([]);
    expect(projectLabels(input('zone=west_wing', 1, westWing.label_projects))).toEqual([]);
  });
});

describe('a scene frames what it is about', () => {
  const subject = (id: string) => {
    const scene = scenes.find((s) => s.id === id)!;
    return sceneSubject(features, applyFilters(model, parseQuery(scene.query).state.filters), scene.label_projects);
  };
  it('the province when the filters leave every city, the cities they leave otherwise', () => {
    const [w, s, e, n] = subject('one-core-one-belt-one-zone');
    expect(w).toBeLessThan(109.8); expect(e).toBeGreaterThan(117); expect(s).toBeLessThan(20.3); expect(n).toBeGreaterThan(25.4);
    const [ww, , we, wn] = subject('west-wing-heavy-industry'); // 湛江, 茂名, 阳江
    expect(ww).toBeLessThan(110); expect(we).toBeLessThan(112.5); expect(wn).toBeLessThan(23);
  });
});
