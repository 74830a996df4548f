import { describe, expect, it } from 'vitest';
import { parseQuery, toQuery } from '../../../src/filters/query.ts';
import { normaliseWithin, onGrid } from '../../../src/filters/spatial.ts';
import { CLASS_METHODS, DEFAULT_INDICATOR } from '../../../src/filters/indicator-state.ts';
import { defaultUrlState, TABLE_COLUMNS, type UrlState } from '../../../src/filters/state.ts';
import { ADCODES, CLUSTER_IDS, DOC_IDS, METRO_IDS, PROJECT_KINDS, RANKS, ZONE_IDS } from '../../../src/model/index.ts';

/** A deterministic pseudo-random generator so failures reproduce. */
function rng(seed: number) {
  return () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
const pick = <T>(r: () => number, xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
const subset = <T extends string>(r: () => number, xs: readonly T[]) => xs.filter(() => r() < 0.3).sort();

function randomState(r: () => number): UrlState {
  return {
    filters: {
      cluster: r() < 0.5 ? pick(r, CLUSTER_IDS) : null,
      rank: subset(r, RANKS),
      zone: subset(r, ZONE_IDS),
      metro: subset(r, METRO_IDS),
      kind: subset(r, PROJECT_KINDS),
      doc: subset(r, DOC_IDS),
      q: r() < 0.5 ? pick(r, ['广州', 'Shen zhen', 'a&b=c', '新能源 汽车', '100%']) : '',
      near: r() < 0.3 ? { lon: onGrid(110 + r() * 7), lat: onGrid(20 + r() * 5), km: Math.round(1 + r() * 99_000) / 1000 } : null,
      within: r() < 0.3 ? normaliseWithin([[Array.from({ length: 3 + Math.floor(r() * 20) }, () => [110 + r() * 7, 20 + r() * 5] as [number, number])]], r() < 0.5) : null,
    },
    show: {
      layers: subset(r, ['cities', 'clusters', 'metro', 'projects', 'zones'] as const),
      city: r() < 0.5 ? pick(r, ADCODES) : null,
      compare: subset(r, ADCODES),
      lang: r() < 0.5 ? 'zh' : 'en',
      view: r() < 0.5 ? { lon: Number((110 + r() * 7).toFixed(4)), lat: Number((20 + r() * 5).toFixed(4)), zoom: Number((5 + r() * 5).toFixed(2)) } : null,
      present: r() < 0.2,
      indicator: r() < 0.7 ? { ...DEFAULT_INDICATOR, breaks: [] } : {
        column: pick(r, ['GDP', '人口（万人）', 'a,b=c&d', null]), method: pick(r, CLASS_METHODS), classes: 3 + Math.floor(r() * 5),
        breaks: r() < 0.5 ? [] : [-1.5, 0, 250, 1e6].filter(() => r() < 0.6), second: pick(r, [null, 'core_count', '投资 2023']),
      },
      theme: r() < 0.3 ? 'contrast' : 'default',
      table: r() < 0.3,
      sort: { column: pick(r, TABLE_COLUMNS), descending: r() < 0.5 },
      project: r() < 0.3 ? pick(r, ['gz-baiyun-airport', 'a.b_c-1']) : null,
      subSector: r() < 0.3 ? pick(r, ['robotics.industrial', 'x']) : null,
    },
  };
}

describe('parseQuery / toQuery', () => {
  it('round-trips 500 random states exactly', () => {
    const r = rng(42);
    for (let i = 0; i < 500; i++) {
      const state = randomState(r);
      const { state: back, warnings } = parseQuery(toQuery(state));
      expect(warnings).toEqual([]);
      expect(back).toEqual(state);
    }
  });

  it('writes the default state as an empty query', () => {
    expect(toQuery(defaultUrlState())).toBe('');
  });

  it('writes parameters in a fixed order with sorted lists', () => {
    const { state } = parseQuery('zone=north,prd&cluster=new_energy&rank=key,core');
    expect(toQuery(state)).toBe('cluster=new_energy&rank=core,key&zone=north,prd');
  });

  it('reads a full page URL, ignoring the path and the hash', () => {
    const { state } = parseQuery('http://127.0.0.1:5173/app/?cluster=robotics&lang=en#x');
    expect(state.filters.cluster).toBe('robotics');
    expect(state.show.lang).toBe('en');
  });

  it('drops unknown list items one by one and names the allowed values', () => {
    const { state, warnings } = parseQuery('zone=prd,mars,north');
    expect(state.filters.zone).toEqual(['north', 'prd']);
    expect(warnings).toEqual([{ kind: 'dropped', param: 'zone', value: 'mars', message: 'unknown value dropped', allowed: ZONE_IDS }]);
  });

  it('reports unknown parameters and keeps the rest', () => {
    const { state, warnings } = parseQuery('foo=1&cluster=automotive');
    expect(state.filters.cluster).toBe('automotive');
    expect(warnings[0]).toMatchObject({ param: 'foo', message: 'unknown parameter' });
  });

  it('lets the last of repeated parameters win, with a warning', () => {
    const { state, warnings } = parseQuery('cluster=automotive&cluster=robotics');
    expect(state.filters.cluster).toBe('robotics');
    expect(warnings[0]?.message).toMatch(/repeated/);
  });

  it('rejects a malformed or out-of-range view', () => {
    for (const bad of ['1,2', '200,23,7', '113,23,30', 'a,b,c', '113,23,7,1', '1e3,2,3']) {
      const { state, warnings } = parseQuery(`view=${bad}`);
      expect(state.show.view).toBeNull();
      expect(warnings).toHaveLength(1);
    }
  });

  it('rounds the view so that it serialises canonically', () => {
    expect(parseQuery('view=113.123456,23.987654,7.456').state.show.view).toEqual({ lon: 113.1235, lat: 23.9877, zoom: 7.46 });
  });

  it('cuts overlong search text and strips control characters', () => {
    const { state, warnings } = parseQuery(`q=${'广'.repeat(300)}`);
    expect([...state.filters.q]).toHaveLength(200);
    expect(warnings[0]?.param).toBe('q');
    expect(parseQuery('q=a%00b').state.filters.q).toBe('a b');
  });

  it('never throws on hostile input', () => {
    for (const input of ['%', '%E0%A4%A', '?&&&=', 'layers=%00,<script>', '=x', 'view=NaN,NaN,NaN', '?city=44010%', 'lang=fr&lang=']) {
      expect(() => parseQuery(input)).not.toThrow();
    }
  });
});
