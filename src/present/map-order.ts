import type { Visible } from '../filters/apply.ts';
import type { Lang, ShowState } from '../filters/state.ts';
import { nameIn, t } from '../i18n/strings.ts';
import type { Adcode, Features, Model } from '../model/index.ts';

/** One thing on the map a keyboard can reach: a visible city or project, where it is, and its name in words. */
export type MapItem = ({ kind: 'city'; id: Adcode } | { kind: 'project'; id: string }) & { lon: number; lat: number; label: string; city: Adcode | null };

/** Latitude bands (degrees) read like lines of text: north to south, and west to east within a band. */
export const BAND = 0.25;

/**
 * The visible cities (and projects, when their layer is on) in reading order over the map: north to south
 * in bands of BAND degrees, west to east within a band. A screen-reader or keyboard user steps through it.
 */
export function mapItems(model: Model, features: Features, visible: Visible, show: Pick<ShowState, 'layers'>, lang: Lang): MapItem[] {
  const items: MapItem[] = [];
  for (const c of model.cities) {
    const at = features.cityPoints.get(c.id);
    if (!at || !visible.cityIds.has(c.id)) continue;
    const name = lang === 'zh' ? c.name_zh : c.name_en;
    items.push({ kind: 'city', id: c.id, lon: at[0], lat: at[1], label: t('a11y.cityItem', lang, { name }), city: c.id });
  }
  if (show.layers.includes('projects')) {
    model.projects.forEach((p, i) => {
      const at = features.projectPoints.get(p.id);
      if (!at || !visible.projectMask[i]) return;
      const city = p.cities[0] ?? null;
      const label = t('a11y.projectItem', lang, { name: lang === 'zh' ? p.name_zh : p.name_en, city: city ? nameIn(model.cities, city, lang) : '' });
      items.push({ kind: 'project', id: p.id, lon: at[0], lat: at[1], label, city });
    });
  }
  const band = (lat: number) => Math.floor(-lat / BAND);
  return items.sort((a, b) => band(a.lat) - band(b.lat) || a.lon - b.lon || (a.kind === b.kind ? 0 : a.kind === 'city' ? -1 : 1) || a.id.localeCompare(b.id));
}

/** The index `step` places on from `index` (clamped to the list), or to the first / last with ±Infinity. */
export function stepIndex(index: number, step: number, length: number): number {
  if (length === 0) return -1;
  if (step === -Infinity) return 0;
  if (step === Infinity) return length - 1;
  return Math.min(length - 1, Math.max(0, (index < 0 ? (step > 0 ? -1 : length) : index) + step));
}

/**
 * The options a list box of `count` items draws around `index`: a window, each option saying its place in
 * the whole list (aria-posinset/setsize). With every project of a 100k-project file as an option, each
 * render reconciled 100k elements and a pan took seconds (bench: pan_ratio_100k).
 */
export function optionWindow(index: number, count: number, size = 41): [number, number] {
  const start = Math.max(0, Math.min(index - Math.floor(size / 2), count - size));
  return [start, Math.min(count, start + size)];
}
