import { CLUSTER_IDS, type ClusterId } from '../model/index.ts';
import { LAYER_IDS, toggled, type Lang, type LayerId, type UrlState } from '../filters/state.ts';
import { t, type StringKey } from '../i18n/strings.ts';

/** What a keyboard shortcut asks for. */
export type PresentAction =
  | { type: 'layer/toggle'; layer: LayerId }
  | { type: 'cluster/next' }
  | { type: 'cluster/previous' }
  | { type: 'scene/next' }
  | { type: 'scene/previous' }
  | { type: 'lang/toggle' }
  | { type: 'view/reset' }
  | { type: 'present/toggle' }
  | { type: 'fullscreen/toggle' }
  | { type: 'help/toggle' }
  | { type: 'legend/toggle' }
  | { type: 'escape' };

export interface Shortcut {
  key: string; // KeyboardEvent.key; letters in lower case
  action: PresentAction;
  label: StringKey; // what the help overlay says it does, from the strings table
}

const layerShortcuts: Shortcut[] = LAYER_IDS.map((layer, i) => ({
  key: String(i + 1),
  action: { type: 'layer/toggle', layer },
  label: `shortcut.layer.${layer}`,
}));

/** Every shortcut, in the order the help overlay lists them. */
export const SHORTCUTS: readonly Shortcut[] = [
  ...layerShortcuts,
  { key: ']', action: { type: 'cluster/next' }, label: 'shortcut.nextCluster' },
  { key: '[', action: { type: 'cluster/previous' }, label: 'shortcut.previousCluster' },
  { key: 'ArrowRight', action: { type: 'scene/next' }, label: 'shortcut.nextScene' },
  { key: 'PageDown', action: { type: 'scene/next' }, label: 'shortcut.nextScene' },
  { key: ' ', action: { type: 'scene/next' }, label: 'shortcut.nextScene' },
  { key: 'ArrowLeft', action: { type: 'scene/previous' }, label: 'shortcut.previousScene' },
  { key: 'PageUp', action: { type: 'scene/previous' }, label: 'shortcut.previousScene' },
  { key: 'l', action: { type: 'lang/toggle' }, label: 'shortcut.lang' },
  { key: '0', action: { type: 'view/reset' }, label: 'shortcut.resetView' },
  { key: 'r', action: { type: 'view/reset' }, label: 'shortcut.resetView' },
  { key: 'p', action: { type: 'present/toggle' }, label: 'shortcut.present' },
  { key: 'f', action: { type: 'fullscreen/toggle' }, label: 'shortcut.fullscreen' },
  { key: 'g', action: { type: 'legend/toggle' }, label: 'shortcut.legend' },
  { key: '?', action: { type: 'help/toggle' }, label: 'shortcut.help' },
  { key: 'Escape', action: { type: 'escape' }, label: 'shortcut.close' },
];

/** Keys that move around the page rather than act (the help lists them after SHORTCUTS). */
export const NAVIGATION_KEYS: readonly { keys: string[]; label: StringKey }[] = [
  { keys: ['Tab', 'Shift+Tab'], label: 'shortcut.tab' },
  { keys: ['↑', '↓', '←', '→', 'Home', 'End'], label: 'shortcut.arrows' },
  { keys: ['Enter'], label: 'shortcut.enter' },
  { keys: ['Esc'], label: 'shortcut.escape' },
];

const BY_KEY = new Map(SHORTCUTS.map((s) => [s.key, s.action]));

// Keys with a name in words come from the strings table; the rest are written as symbols.
const KEY_WORDS: Record<string, StringKey> = { ' ': 'key.space', PageDown: 'key.pageDown', PageUp: 'key.pageUp' };
const KEY_SYMBOLS: Record<string, string> = { ArrowRight: '→', ArrowLeft: '←', Escape: 'Esc' };

/** How the help overlay writes a key ("Space", "→", "L"). */
export function keyLabel(key: string, lang: Lang = 'en'): string {
  const word = KEY_WORDS[key];
  if (word) return t(word, lang);
  const symbol = KEY_SYMBOLS[key];
  if (symbol) return symbol;
  return key.length === 1 ? key.toUpperCase() : key;
}

/** The parts of a KeyboardEvent that decide the action; plain data so it is testable without a DOM. */
export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: { tagName?: string; isContentEditable?: boolean; type?: string; role?: string | null } | null;
}

// Inputs that take no typed text; they still own the keys listed in OWN_KEYS.
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);
const OWN_KEYS: Record<string, readonly string[]> = {
  button: [' '], submit: [' '], reset: [' '], image: [' '], file: [' '], color: [' '], checkbox: [' '],
  radio: [' ', 'ArrowLeft', 'ArrowRight'],
  range: ['ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown'],
};

// Keys a focused list box (the map's features, src/ui/map/map-key-list.tsx) uses itself.
const LISTBOX_KEYS: readonly string[] = ['ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', ' '];

/** The action for a key press, or null while typing in a field (except Escape) or with Ctrl, ⌘ or Alt held. */
export function actionForKey(event: KeyInput): PresentAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  const action = BY_KEY.get(key) ?? null;
  if (action === null || key === 'Escape') return action;
  const target = event.target;
  if (!target) return action;
  if (target.isContentEditable) return null;
  const tag = (target.tagName ?? '').toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return null;
  if (target.role === 'listbox') return LISTBOX_KEYS.includes(key) ? null : action; // the map's list of features steps with these
  if (tag === 'BUTTON' || tag === 'SUMMARY') return OWN_KEYS.button!.includes(key) ? null : action;
  if (tag !== 'INPUT') return action;
  const type = (target.type ?? 'text').toLowerCase();
  if (!NON_TEXT_INPUTS.has(type)) return null; // text, search, number, date, …: the user is typing
  return OWN_KEYS[type]?.includes(key) ? null : action;
}

/**
 * The URL state after an action that only changes it; null for actions the UI handles (scenes, modes,
 * help, legend, escape). An action that changes only how the plan is shown keeps the filters object.
 */
export function applyAction(
  state: UrlState, action: PresentAction, clusters: readonly ClusterId[] = CLUSTER_IDS,
): UrlState | null {
  const { filters, show } = state;
  switch (action.type) {
    case 'layer/toggle':
      return { filters, show: { ...show, layers: toggled(show.layers, action.layer) } };
    case 'cluster/next':
    case 'cluster/previous': {
      const cluster = stepCluster(filters.cluster, clusters, action.type === 'cluster/next' ? 1 : -1);
      if (cluster === null) return state;
      return { filters: { ...filters, cluster }, show: { ...show, layers: toggled(show.layers, 'clusters', true) } };
    }
    case 'lang/toggle':
      return { filters, show: { ...show, lang: show.lang === 'zh' ? 'en' : 'zh' } };
    case 'view/reset':
      return { filters, show: { ...show, view: null, city: null } };
    case 'scene/next': case 'scene/previous': case 'present/toggle':
    case 'fullscreen/toggle': case 'help/toggle': case 'legend/toggle': case 'escape':
      return null;
  }
}

/** The cluster `step` places along `order`, wrapping; from none (or an unlisted one) to the first or last. */
function stepCluster(current: ClusterId | null, order: readonly ClusterId[], step: 1 | -1): ClusterId | null {
  const n = order.length;
  if (n === 0) return null;
  const i = current === null ? -1 : order.indexOf(current);
  if (i < 0) return (step === 1 ? order[0] : order[n - 1]) ?? null;
  return order[(i + step + n) % n] ?? null;
}

// FilterState keeps lists sorted and unique, as parseQuery writes them.
