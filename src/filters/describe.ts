import type { Model } from '../model/index.ts';
import type { FilterState } from './state.ts';

const RANK_NAMES = { core: ['核心', 'core'], key: ['重点', 'key'], general: ['一般', 'general'] } as const;
const KIND_NAMES = {
  industrial_project: ['产业项目', 'industrial projects'], industrial_park: ['产业园区', 'industrial parks'],
  innovation_platform: ['创新平台', 'innovation platforms'], transport: ['交通', 'transport'], energy: ['能源', 'energy'],
  water: ['水利', 'water'], ecology: ['生态', 'ecology'], other: ['其他平台', 'other platforms'],
} as const;

/** The filters in words, for an exported picture's caption and a scene's subtitle ("" when nothing is filtered). */
export function describeFilters(model: Model, state: FilterState, lang: 'zh' | 'en'): string {
  const i = lang === 'zh' ? 0 : 1;
  const sep = lang === 'zh' ? '、' : ', ';
  const parts: string[] = [];
  const named = <T extends { id: string; name_zh: string; name_en: string }>(list: T[], ids: readonly string[]) =>
    ids.map((id) => list.find((x) => x.id === id)).filter((x): x is T => !!x).map((x) => (i === 0 ? x.name_zh : x.name_en)).join(sep);
  if (state.cluster) parts.push(`${['集群', 'Cluster'][i]}: ${named(model.clusters, [state.cluster])}`);
  if (state.rank.length) parts.push(`${['等级', 'Rank'][i]}: ${state.rank.map((r) => RANK_NAMES[r][i]).join(sep)}`);
  if (state.zone.length) parts.push(`${['区域', 'Zone'][i]}: ${named(model.zones, state.zone)}`);
  if (state.metro.length) parts.push(`${['都市圈', 'Metro area'][i]}: ${named(model.metros, state.metro)}`);
  if (state.kind.length && state.layers.includes('projects')) parts.push(`${['项目类型', 'Projects'][i]}: ${state.kind.map((k) => KIND_NAMES[k][i]).join(sep)}`);
  if (state.q) parts.push(`${['搜索', 'Search'][i]}: “${state.q}”`);
  return parts.join(lang === 'zh' ? '；' : '; ');
}
