import { joinList, t } from '../i18n/strings.ts';
import type { Model } from '../model/index.ts';
import type { FilterState, Lang, ShowState } from './state.ts';

/** The filters in words, for an exported picture's caption and a scene's subtitle ("" when nothing is filtered). */
export function describeFilters(model: Model, state: FilterState, layers: ShowState['layers'], lang: Lang): string {
  const parts: string[] = [];
  const named = <T extends { id: string; name_zh: string; name_en: string }>(list: T[], ids: readonly string[]) =>
    joinList(ids.map((id) => list.find((x) => x.id === id)).filter((x): x is T => !!x).map((x) => (lang === 'zh' ? x.name_zh : x.name_en)), lang);
  if (state.cluster) parts.push(`${t('cluster', lang)}: ${named(model.clusters, [state.cluster])}`);
  if (state.rank.length) parts.push(`${t('rank', lang)}: ${joinList(state.rank.map((r) => t(`rank.${r}`, lang)), lang)}`);
  if (state.zone.length) parts.push(`${t('zone', lang)}: ${named(model.zones, state.zone)}`);
  if (state.metro.length) parts.push(`${t('metro', lang)}: ${named(model.metros, state.metro)}`);
  if (state.doc.length) parts.push(`${t('docFilter', lang)}: ${joinList(state.doc.map((d) => t(`doc.${d}`, lang)), lang)}`);
  if (state.kind.length && layers.includes('projects')) parts.push(`${t('projectKinds', lang)}: ${joinList(state.kind.map((k) => t(`kind.${k}`, lang)), lang)}`);
  if (state.q) parts.push(`${t('search', lang)}: “${state.q}”`);
  return parts.join(t('clauseSep', lang));
}
