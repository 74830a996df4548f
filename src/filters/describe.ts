import { t } from '../i18n/strings.ts';
import type { Model } from '../model/index.ts';
import type { FilterState } from './state.ts';


/** The filters in words, for an exported picture's caption and a scene's subtitle ("" when nothing is filtered). */
export function describeFilters(model: Model, state: FilterState, lang: 'zh' | 'en'): string {
  const i = lang === 'zh' ? 0 : 1;
  const sep = lang === 'zh' ? '、' : ', ';
  const parts: string[] = [];
  const named = <T extends { id: string; name_zh: string; name_en: string }>(list: T[], ids: readonly string[]) =>
    ids.map((id) => list.find((x) => x.id === id)).filter((x): x is T => !!x).map((x) => (i === 0 ? x.name_zh : x.name_en)).join(sep);
  if (state.cluster) parts.push(`${['集群', 'Cluster'][i]}: ${named(model.clusters, [state.cluster])}`);
  if (state.rank.length) parts.push(`${['等级', 'Rank'][i]}: ${state.rank.map((r) => t(`rank.${r}`, lang)).join(sep)}`);
  if (state.zone.length) parts.push(`${['区域', 'Zone'][i]}: ${named(model.zones, state.zone)}`);
  if (state.metro.length) parts.push(`${['都市圈', 'Metro area'][i]}: ${named(model.metros, state.metro)}`);
  if (state.doc.length) parts.push(`${['出处文件', 'Documents'][i]}: ${state.doc.map((d) => t(`doc.${d}`, lang)).join(sep)}`);
  if (state.kind.length && state.layers.includes('projects')) parts.push(`${['项目类型', 'Projects'][i]}: ${state.kind.map((k) => t(`kind.${k}`, lang)).join(sep)}`);
  if (state.q) parts.push(`${['搜索', 'Search'][i]}: “${state.q}”`);
  return parts.join(lang === 'zh' ? '；' : '; ');
}
