import { CLUSTER_IDS, type ClusterId } from '../model/index.ts';
import { LAYER_IDS, toggled, type FilterState, type Lang, type LayerId } from '../filters/state.ts';

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
  label_zh: string;
  label_en: string;
}

const LAYER_NAMES: Record<LayerId, [zh: string, en: string]> = {
  cities: ['城市', 'cities'],
  zones: ['一核一带一区', 'core, belt and zone'],
  metro: ['五大都市圈', 'metropolitan areas'],
  clusters: ['产业集群等级', 'cluster ranks'],
  projects: ['重大项目', 'major projects'],
  corridors: ['发展轴带', 'axes and belts'],
};

const layerShortcuts: Shortcut[] = LAYER_IDS.map((layer, i) => ({
  key: String(i + 1),
  action: { type: 'layer/toggle', layer },
  label_zh: `显示/隐藏“${LAYER_NAMES[layer][0]}”图层`,
  label_en: `Show or hide the ${LAYER_NAMES[layer][1]} layer`,
}));

/** Every shortcut, in the order the help overlay lists them. */
export const SHORTCUTS: readonly Shortcut[] = [
  ...layerShortcuts,
  { key: ']', action: { type: 'cluster/next' }, label_zh: '下一个产业集群', label_en: 'Next cluster' },
  { key: '[', action: { type: 'cluster/previous' }, label_zh: '上一个产业集群', label_en: 'Previous cluster' },
  { key: 'ArrowRight', action: { type: 'scene/next' }, label_zh: '下一个场景', label_en: 'Next scene' },
  { key: 'PageDown', action: { type: 'scene/next' }, label_zh: '下一个场景', label_en: 'Next scene' },
  { key: ' ', action: { type: 'scene/next' }, label_zh: '下一个场景', label_en: 'Next scene' },
  { key: 'ArrowLeft', action: { type: 'scene/previous' }, label_zh: '上一个场景', label_en: 'Previous scene' },
  { key: 'PageUp', action: { type: 'scene/previous' }, label_zh: '上一个场景', label_en: 'Previous scene' },
  { key: 'l', action: { type: 'lang/toggle' }, label_zh: '切换中文 / English', label_en: 'Switch 中文 / English' },
  { key: '0', action: { type: 'view/reset' }, label_zh: '恢复全省视图', label_en: 'Reset the view to the province' },
  { key: 'r', action: { type: 'view/reset' }, label_zh: '恢复全省视图', label_en: 'Reset the view to the province' },
  { key: 'p', action: { type: 'present/toggle' }, label_zh: '进入/退出演示模式', label_en: 'Enter or leave presentation mode' },
  { key: 'f', action: { type: 'fullscreen/toggle' }, label_zh: '全屏', label_en: 'Full screen' },
  { key: 'g', action: { type: 'legend/toggle' }, label_zh: '展开/收起图例', label_en: 'Show or fold the legend' },
  { key: '?', action: { type: 'help/toggle' }, label_zh: '快捷键帮助', label_en: 'Keyboard shortcuts' },
  { key: 'Escape', action: { type: 'escape' }, label_zh: '关闭', label_en: 'Close' },
];

const BY_KEY = new Map(SHORTCUTS.map((s) => [s.key, s.action]));

const KEY_NAMES: Record<string, [zh: string, en: string]> = {
  ' ': ['空格', 'Space'],
  ArrowRight: ['→', '→'],
  ArrowLeft: ['←', '←'],
  PageDown: ['PageDown', 'Page Down'],
  PageUp: ['PageUp', 'Page Up'],
  Escape: ['Esc', 'Esc'],
};

/** How the help overlay writes a key ("Space", "→", "L"). */
export function keyLabel(key: string, lang: Lang = 'en'): string {
  const named = KEY_NAMES[key];
  if (named) return lang === 'zh' ? named[0] : named[1];
  return key.length === 1 ? key.toUpperCase() : key;
}

/** The parts of a KeyboardEvent that decide the action; plain data so it is testable without a DOM. */
export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: { tagName?: string; isContentEditable?: boolean; type?: string } | null;
}

// Inputs that take no typed text; they still own the keys listed in OWN_KEYS.
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);
const OWN_KEYS: Record<string, readonly string[]> = {
  button: [' '], submit: [' '], reset: [' '], image: [' '], file: [' '], color: [' '], checkbox: [' '],
  radio: [' ', 'ArrowLeft', 'ArrowRight'],
  range: ['ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown'],
};

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
  if (tag === 'BUTTON' || tag === 'SUMMARY') return OWN_KEYS.button!.includes(key) ? null : action;
  if (tag !== 'INPUT') return action;
  const type = (target.type ?? 'text').toLowerCase();
  if (!NON_TEXT_INPUTS.has(type)) return null; // text, search, number, date, …: the user is typing
  return OWN_KEYS[type]?.includes(key) ? null : action;
}

/** The state after a filter-only action; null for actions the UI handles (scenes, modes, help, legend, escape). */
export function applyAction(
  state: FilterState, action: PresentAction, clusters: readonly ClusterId[] = CLUSTER_IDS,
): FilterState | null {
  switch (action.type) {
    case 'layer/toggle': {
      return { ...state, layers: toggled(state.layers, action.layer) };
    }
    case 'cluster/next':
    case 'cluster/previous': {
      const cluster = stepCluster(state.cluster, clusters, action.type === 'cluster/next' ? 1 : -1);
      if (cluster === null) return { ...state };
      return { ...state, cluster, layers: toggled(state.layers, 'clusters', true) };
    }
    case 'lang/toggle':
      return { ...state, lang: state.lang === 'zh' ? 'en' : 'zh' };
    case 'view/reset':
      return { ...state, view: null, city: null };
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
