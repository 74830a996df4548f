import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, DEFAULT_SHOW, LAYER_IDS, type FilterState, type ShowState, type UrlState } from '../../../src/filters/state.ts';
import { CLUSTER_IDS } from '../../../src/model/index.ts';
import { UrlStateSchema } from '../../../src/filters/state-schema.ts';
import { both } from '../../../src/i18n/strings.ts';
import { actionForKey, applyAction as applyToUrl, keyLabel, SHORTCUTS, type KeyInput, type PresentAction } from '../../../src/present/keys.ts';

const press = (key: string, extra: Partial<KeyInput> = {}): PresentAction | null =>
  actionForKey({ key, ctrlKey: false, metaKey: false, altKey: false, target: { tagName: 'BODY' }, ...extra });
// The tests read a state as one flat record; applyAction itself takes and returns the URL state's two parts.
type Flat = FilterState & ShowState;
const state = (patch: Partial<Flat> = {}): Flat => ({ ...DEFAULT_FILTERS, ...DEFAULT_SHOW, layers: [...DEFAULT_SHOW.layers], ...patch });
const split = ({ cluster, rank, zone, metro, kind, doc, q, near, within, ...show }: Flat): UrlState => ({ filters: { cluster, rank, zone, metro, kind, doc, q, near, within }, show });
const join = ({ filters, show }: UrlState): Flat => ({ ...filters, ...show });
const applyAction = (s: Flat, action: PresentAction, clusters?: Parameters<typeof applyToUrl>[2]) => {
  const next = applyToUrl(split(s), action, clusters);
  return next && join(next);
};
const valid = (s: Flat | null) => s !== null && UrlStateSchema.safeParse(split(s)).success;

describe('SHORTCUTS', () => {
  it('maps 1–6 to the layers in LAYER_IDS order (6: corridors)', () => {
    expect(['1', '2', '3', '4', '5', '6'].map((k) => press(k))).toEqual(LAYER_IDS.map((layer) => ({ type: 'layer/toggle', layer })));
  });

  it('gives every key exactly one entry', () => {
    const keys = SHORTCUTS.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('maps every listed key to its own action', () => {
    for (const s of SHORTCUTS) expect(press(s.key), JSON.stringify(s.key)).toEqual(s.action);
  });

  it('covers the asked-for keys', () => {
    const table = Object.fromEntries(SHORTCUTS.map((s) => [s.key, s.action.type]));
    expect(table).toEqual({
      1: 'layer/toggle', 2: 'layer/toggle', 3: 'layer/toggle', 4: 'layer/toggle', 5: 'layer/toggle', 6: 'layer/toggle',
      ']': 'cluster/next', '[': 'cluster/previous',
      ArrowRight: 'scene/next', PageDown: 'scene/next', ' ': 'scene/next', ArrowLeft: 'scene/previous', PageUp: 'scene/previous',
      l: 'lang/toggle', 0: 'view/reset', r: 'view/reset', p: 'present/toggle', f: 'fullscreen/toggle',
      g: 'legend/toggle', '?': 'help/toggle', Escape: 'escape',
    });
  });

  it('labels every shortcut in both languages', () => {
    for (const s of SHORTCUTS) {
      const label = both(s.label);
      expect([label.zh.length > 0, /[\u4e00-\u9fff]/.test(label.zh), label.en.length > 0]).toEqual([true, true, true]);
    }
  });
});

describe('keyLabel', () => {
  it('names keys the way the help overlay shows them', () => {
    expect([' ', 'ArrowRight', 'l', '?', 'Escape'].map((k) => keyLabel(k))).toEqual(['Space', '→', 'L', '?', 'Esc']);
  });
  it('names the space bar in Chinese', () => expect(keyLabel(' ', 'zh')).toBe('空格'));
});

describe('actionForKey', () => {
  it('treats upper-case letters (Caps Lock, Shift) like lower case', () => {
    expect(press('L')).toEqual({ type: 'lang/toggle' });
  });

  it('returns null for an unmapped key', () => {
    expect([press('x'), press('Enter'), press('7')]).toEqual([null, null, null]);
  });

  it('ignores keys held with Ctrl, ⌘ or Alt, Escape included', () => {
    for (const mod of ['ctrlKey', 'metaKey', 'altKey'] as const) {
      expect([press('f', { [mod]: true }), press('1', { [mod]: true }), press('Escape', { [mod]: true })], mod).toEqual([null, null, null]);
    }
  });

  it('ignores shortcuts while typing in a text field, text area, select or contentEditable', () => {
    const targets = [
      { tagName: 'INPUT' }, { tagName: 'INPUT', type: 'text' }, { tagName: 'input', type: 'search' }, { tagName: 'INPUT', type: 'number' },
      { tagName: 'TEXTAREA' }, { tagName: 'SELECT' }, { tagName: 'DIV', isContentEditable: true },
    ];
    for (const target of targets) {
      expect(['1', 'l', ' ', 'ArrowRight', '?', 'f'].map((k) => press(k, { target })), JSON.stringify(target)).toEqual([null, null, null, null, null, null]);
    }
  });

  it('still lets Escape through while typing', () => {
    expect(press('Escape', { target: { tagName: 'INPUT', type: 'search' } })).toEqual({ type: 'escape' });
  });

  it('lets a focused checkbox or button keep the space bar but not other keys', () => {
    const checkbox = { tagName: 'INPUT', type: 'checkbox' };
    const button = { tagName: 'BUTTON', type: 'submit' };
    expect([press(' ', { target: checkbox }), press(' ', { target: button }), press('ArrowRight', { target: button }), press('2', { target: checkbox })])
      .toEqual([null, null, { type: 'scene/next' }, { type: 'layer/toggle', layer: 'zones' }]);
  });

  it('lets a focused slider keep its arrow and page keys', () => {
    const range = { tagName: 'INPUT', type: 'range' };
    expect([press('ArrowLeft', { target: range }), press('PageDown', { target: range }), press('p', { target: range })])
      .toEqual([null, null, { type: 'present/toggle' }]);
  });

  it('works with no target', () => {
    expect(press('p', { target: null })).toEqual({ type: 'present/toggle' });
  });
});

describe('applyAction', () => {
  it('keeps the filters object when only how the plan is shown changes, so nothing recolours', () => {
    const before = split(state({ cluster: 'robotics' }));
    const shownOnly: PresentAction[] = [{ type: 'layer/toggle', layer: 'metro' }, { type: 'lang/toggle' }, { type: 'view/reset' }];
    expect(shownOnly.map((a) => applyToUrl(before, a)!.filters === before.filters)).toEqual([true, true, true]);
    expect(applyToUrl(before, { type: 'cluster/next' })!.filters).not.toBe(before.filters);
  });

  it('switches a layer on, keeping layers sorted and unique', () => {
    const next = applyAction(state({ layers: ['cities', 'zones'] }), { type: 'layer/toggle', layer: 'metro' });
    expect(next?.layers).toEqual(['cities', 'metro', 'zones']);
  });

  it('switches a layer off', () => {
    expect(applyAction(state(), { type: 'layer/toggle', layer: 'clusters' })?.layers).toEqual(['cities', 'zones']);
  });

  it('toggling a layer twice gives back the same state', () => {
    const once = applyAction(state(), { type: 'layer/toggle', layer: 'projects' })!;
    expect(applyAction(once, { type: 'layer/toggle', layer: 'projects' })).toEqual(state());
  });

  it('does not change the state it is given', () => {
    const before = state();
    applyAction(before, { type: 'layer/toggle', layer: 'metro' });
    applyAction(before, { type: 'cluster/next' });
    expect(before).toEqual(state());
  });

  it('steps to the next cluster in plan order', () => {
    expect(applyAction(state({ cluster: 'electronics' }), { type: 'cluster/next' })?.cluster).toBe('petrochemicals');
  });

  it('starts at the first cluster from none, and at the last going back', () => {
    expect([applyAction(state(), { type: 'cluster/next' })?.cluster, applyAction(state(), { type: 'cluster/previous' })?.cluster])
      .toEqual(['electronics', 'precision_instruments']);
  });

  it('wraps around the 20 clusters both ways', () => {
    expect([
      applyAction(state({ cluster: 'precision_instruments' }), { type: 'cluster/next' })?.cluster,
      applyAction(state({ cluster: 'electronics' }), { type: 'cluster/previous' })?.cluster,
    ]).toEqual(['electronics', 'precision_instruments']);
  });

  it('visits all 20 clusters in plan order and comes back', () => {
    let s = state();
    const seen: (string | null)[] = [];
    for (let i = 0; i < 21; i++) seen.push((s = applyAction(s, { type: 'cluster/next' })!).cluster);
    expect(seen).toEqual([...CLUSTER_IDS, 'electronics']);
  });

  it('switches the clusters layer on when stepping clusters', () => {
    expect(applyAction(state({ layers: ['cities'] }), { type: 'cluster/next' })?.layers).toEqual(['cities', 'clusters']);
  });

  it('follows the order it is given', () => {
    expect(applyAction(state({ cluster: 'robotics' }), { type: 'cluster/next' }, ['robotics', 'automotive'])?.cluster).toBe('automotive');
  });

  it('leaves the state as it is when there are no clusters to step through', () => {
    expect(applyAction(state({ layers: ['cities'] }), { type: 'cluster/next' }, [])).toEqual(state({ layers: ['cities'] }));
  });

  it('switches the language both ways', () => {
    expect([applyAction(state(), { type: 'lang/toggle' })?.lang, applyAction(state({ lang: 'en' }), { type: 'lang/toggle' })?.lang]).toEqual(['en', 'zh']);
  });

  it('resets the view and clears the selected city', () => {
    const next = applyAction(state({ city: '440800', view: { lon: 110.3, lat: 21.2, zoom: 8 }, cluster: 'robotics' }), { type: 'view/reset' });
    expect(next).toEqual(state({ cluster: 'robotics' }));
  });

  it('returns null for the actions the UI handles', () => {
    const uiActions: PresentAction[] = [
      { type: 'scene/next' }, { type: 'scene/previous' }, { type: 'present/toggle' },
      { type: 'fullscreen/toggle' }, { type: 'help/toggle' }, { type: 'legend/toggle' }, { type: 'escape' },
    ];
    expect(uiActions.map((a) => applyAction(state(), a))).toEqual(uiActions.map(() => null));
  });

  it('returns states the URL state schema accepts for every filter action from assorted states', () => {
    const starts = [
      state(), state({ layers: [] }), state({ layers: [...LAYER_IDS].sort() }), state({ cluster: 'precision_instruments', lang: 'en' }),
      state({ city: '440100', view: { lon: 113.3, lat: 23.1, zoom: 8 } }),
    ];
    const actions = SHORTCUTS.map((s) => s.action).filter((a) => applyAction(state(), a) !== null);
    expect(actions.length).toBe(11); // 6 layers, 2 cluster steps, language, reset via 0 and r
    for (const start of starts) for (const action of actions) expect(valid(applyAction(start, action)), `${JSON.stringify(start)} ${action.type}`).toBe(true);
  });

  it('keeps layers sorted and unique after any sequence of layer toggles', () => {
    let s = state();
    for (const layer of ['projects', 'cities', 'metro', 'projects', 'zones', 'clusters', 'cities'] as const) {
      s = applyAction(s, { type: 'layer/toggle', layer })!;
      expect(s.layers).toEqual([...new Set(s.layers)].sort());
    }
  });
});
