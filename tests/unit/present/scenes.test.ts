import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/filters/query.ts';
import { UrlStateSchema } from '../../../src/filters/state-schema.ts';
import { DEFAULT_FILTERS, DEFAULT_SHOW, type UrlState } from '../../../src/filters/state.ts';
import {
  MAX_DECK_BYTES, nextScene, parseSceneDeck, previousScene, Scene, SceneDeck, sceneFromState,
  serializeSceneDeck, slugify, stateForScene,
} from '../../../src/present/scenes.ts';

const scene = (id: string, query = '', extra: Partial<Scene> = {}): Scene =>
  ({ id, title_zh: `场景 ${id}`, title_en: `Scene ${id}`, query, ...extra });
const deckOf = (...scenes: Scene[]): SceneDeck => ({ version: 1, scenes });
const text = (value: unknown) => JSON.stringify(value);
const errorsOf = (input: string) => {
  const result = parseSceneDeck(input);
  if (result.ok) throw new Error('expected the deck to be refused');
  return result.errors;
};

describe('parseSceneDeck', () => {
  it('accepts a valid deck with no warnings', () => {
    const deck = deckOf(scene('a', 'cluster=robotics'), scene('b', 'layers=cities,zones&view=113.4,22.9,6.1', { note_zh: '注', note_en: 'note' }));
    expect(parseSceneDeck(text(deck))).toEqual({ ok: true, deck, warnings: [] });
  });

  it('accepts an empty deck', () => {
    expect(parseSceneDeck('{"version":1,"scenes":[]}')).toEqual({ ok: true, deck: deckOf(), warnings: [] });
  });

  it('accepts a file that starts with a byte-order mark', () => {
    expect(parseSceneDeck(`\uFEFF${text(deckOf(scene('a')))}`).ok).toBe(true);
  });

  it('refuses text that is not JSON', () => {
    expect(errorsOf('{"version":1,')[0]).toMatch(/^invalid JSON: /);
  });

  it('refuses a deck over 1 MB before parsing it', () => {
    const big = `{"version":1,"scenes":[],"pad":"${'x'.repeat(MAX_DECK_BYTES)}"}`;
    expect(errorsOf(big)).toEqual([`deck is ${big.length} bytes; the limit is ${MAX_DECK_BYTES} bytes (1 MB)`]);
  });

  it('counts the limit in UTF-8 bytes, not characters', () => {
    const deck = text(deckOf(scene('a', '', { note_zh: '广'.repeat(MAX_DECK_BYTES / 3) })));
    expect(errorsOf(deck)[0]).toMatch(/^deck is \d+ bytes; the limit is/);
  });

  it('names the field when the version is wrong', () => {
    expect(errorsOf('{"version":2,"scenes":[]}')).toEqual([expect.stringMatching(/^field version: /)]);
  });

  it('names the scene index, id and field of a missing title', () => {
    const bad = { version: 1, scenes: [scene('a'), { id: 'pillar', title_zh: '支柱', query: '' }] };
    expect(errorsOf(text(bad))).toEqual([expect.stringMatching(/^scene 1 \(pillar\), field title_en: /)]);
  });

  it('names an unknown key inside a scene', () => {
    const bad = { version: 1, scenes: [{ ...scene('a'), colour: 'red' }] };
    expect(errorsOf(text(bad))).toEqual([expect.stringMatching(/^scene 0 \(a\): .*colour/)]);
  });

  it('refuses an id that is not a slug', () => {
    expect(errorsOf(text(deckOf(scene('Pillar Clusters'))))).toEqual([expect.stringMatching(/^scene 0 \(Pillar Clusters\), field id: expected a slug/)]);
  });

  it('refuses an empty title', () => {
    expect(errorsOf(text(deckOf(scene('a', '', { title_zh: '  ' }))))).toEqual(['scene 0 (a), field title_zh: must not be empty']);
  });

  it('refuses duplicate ids, naming the second one', () => {
    expect(errorsOf(text(deckOf(scene('a'), scene('b'), scene('a'))))).toEqual(['scene 2 (a), field id: duplicate id "a"']);
  });

  it('refuses more than 200 scenes', () => {
    const many = deckOf(...Array.from({ length: 201 }, (_, i) => scene(`s${i}`)));
    expect(errorsOf(text(many))).toEqual([expect.stringMatching(/^field scenes: /)]);
  });

  it('reports every bad scene, not only the first', () => {
    const bad = { version: 1, scenes: [{ id: 'a' }, { id: 'b' }] };
    expect(errorsOf(text(bad)).map((e) => e.split(',')[0])).toEqual(['scene 0 (a)', 'scene 0 (a)', 'scene 0 (a)', 'scene 1 (b)', 'scene 1 (b)', 'scene 1 (b)']);
  });

  it('warns about each value the query drops, naming the scene', () => {
    const result = parseSceneDeck(text(deckOf(scene('a'), scene('b'), scene('c'), scene('pillar', 'cluster=foo&rank=core,best'))));
    expect(result).toMatchObject({ ok: true, warnings: ['scene 3 (pillar): dropped cluster=foo', 'scene 3 (pillar): dropped rank=best'] });
  });

  it('warns about an unknown parameter', () => {
    expect(parseSceneDeck(text(deckOf(scene('a', 'zoom=7'))))).toMatchObject({ warnings: ['scene 0 (a): dropped unknown parameter zoom'] });
  });

  it('passes on the message parseQuery gives for other warnings', () => {
    const message = parseQuery('view=1,2').warnings[0]?.message;
    expect(parseSceneDeck(text(deckOf(scene('a', 'view=1,2'))))).toMatchObject({ warnings: [`scene 0 (a): view=1,2: ${message}`] });
  });

  it('warns when a query is valid but not canonical, giving the canonical form', () => {
    expect(parseSceneDeck(text(deckOf(scene('a', 'zone=north,prd&cluster=robotics'))))).toMatchObject({
      warnings: ['scene 0 (a): query is not canonical; write it as "cluster=robotics&zone=north,prd"'],
    });
  });
});

describe('serializeSceneDeck', () => {
  const deck = deckOf(scene('b', 'cluster=robotics', { note_en: 'n' }), scene('a', 'layers=cities,zones'));

  it('parses back to the same deck', () => {
    expect(parseSceneDeck(serializeSceneDeck(deck))).toEqual({ ok: true, deck, warnings: [] });
  });

  it('writes keys in a fixed order whatever order they came in', () => {
    const shuffled = deckOf({ query: 'cluster=robotics', note_en: 'n', title_en: 'Scene b', title_zh: '场景 b', id: 'b' }, scene('a', 'layers=cities,zones'));
    expect(serializeSceneDeck(shuffled)).toBe(serializeSceneDeck(deck));
  });

  it('writes two-space indented JSON with a trailing newline and no absent notes', () => {
    const out = serializeSceneDeck(deckOf(scene('a')));
    expect(out).toBe('{\n  "version": 1,\n  "scenes": [\n    {\n      "id": "a",\n      "title_zh": "场景 a",\n      "title_en": "Scene a",\n      "query": ""\n    }\n  ]\n}\n');
  });
});

describe('sceneFromState', () => {
  const state: UrlState = { filters: { ...DEFAULT_FILTERS, cluster: 'new_energy', rank: ['core'] }, show: { ...DEFAULT_SHOW, lang: 'en', view: { lon: 113.4, lat: 22.3, zoom: 6.4 } } };

  it('writes the canonical query without lang', () => {
    expect(sceneFromState(state, '新能源', 'New energy', []).query).toBe('cluster=new_energy&rank=core&view=113.4,22.3,6.4');
  });

  it('takes its id from the English title', () => {
    expect(sceneFromState(state, '新能源', 'New energy: core cities', []).id).toBe('new-energy-core-cities');
  });

  it('numbers the id when it is taken', () => {
    expect(sceneFromState(state, '新能源', 'New energy', ['new-energy', 'new-energy-2']).id).toBe('new-energy-3');
  });

  it('uses "scene" as the id of a Chinese-only title', () => {
    const s = sceneFromState(state, '新能源', '', new Set(['scene']));
    expect([s.id, s.title_zh, s.title_en]).toEqual(['scene-2', '新能源', '新能源']);
  });

  it('makes a scene the schema accepts even from blank titles and a long English title', () => {
    for (const [zh, en] of [['', ''], ['x', 'A'.repeat(500)], ['', '--- ---']]) {
      expect(Scene.safeParse(sceneFromState(state, zh!, en!, ['scene'])).success).toBe(true);
    }
  });

  it('keeps ids valid when a numbered suffix cuts the slug at a hyphen', () => {
    const title = `${'a'.repeat(45)} bcd`; // slug 'aaa…a-bcd' is 49 > 48, cut to 48, then to 46 + '-2'
    const first = sceneFromState(state, 'x', title, []);
    const second = sceneFromState(state, 'x', title, [first.id]);
    expect(Scene.shape.id.safeParse(second.id).success).toBe(true);
  });

  it('plays back as the same state in the viewer\'s language', () => {
    expect(stateForScene(sceneFromState(state, '新能源', 'New energy', []), 'en')).toEqual(state);
  });
});

describe('slugify', () => {
  it('folds accents, case and punctuation into hyphenated words', () => {
    expect(slugify('  Shantou–Chaozhou–Jieyang: Pôle  ')).toBe('shantou-chaozhou-jieyang-pole');
  });
});

describe('nextScene / previousScene', () => {
  const deck = deckOf(scene('a'), scene('b'), scene('c'));
  const ids = (s: Scene | null) => s?.id ?? null;

  it('steps forward', () => expect(ids(nextScene(deck, 'a'))).toBe('b'));
  it('wraps from the last scene to the first', () => expect(ids(nextScene(deck, 'c'))).toBe('a'));
  it('starts at the first scene from none', () => expect(ids(nextScene(deck, null))).toBe('a'));
  it('starts at the first scene from an unknown id', () => expect(ids(nextScene(deck, 'zz'))).toBe('a'));
  it('steps back', () => expect(ids(previousScene(deck, 'c'))).toBe('b'));
  it('wraps from the first scene to the last', () => expect(ids(previousScene(deck, 'a'))).toBe('c'));
  it('starts at the last scene from none', () => expect(ids(previousScene(deck, null))).toBe('c'));
  it('stays on the only scene of a one-scene deck', () => {
    expect([ids(nextScene(deckOf(scene('a')), 'a')), ids(previousScene(deckOf(scene('a')), 'a'))]).toEqual(['a', 'a']);
  });
  it('returns null for an empty deck', () => {
    expect([nextScene(deckOf(), null), previousScene(deckOf(), 'a')]).toEqual([null, null]);
  });
});

describe('stateForScene', () => {
  it('keeps the viewer\'s language over the one in the query', () => {
    expect(stateForScene(scene('a', 'cluster=robotics&lang=en'), 'zh')).toEqual(parseQuery('cluster=robotics').state);
  });

  it('returns a state the URL state schema accepts, even from a bad query', () => {
    expect(UrlStateSchema.safeParse(stateForScene(scene('a', 'cluster=foo&view=x'), 'en')).success).toBe(true);
  });
});
