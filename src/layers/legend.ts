import { modelProjectMask, type Visible } from '../filters/apply.ts';
import type { FilterState } from '../filters/state.ts';
import { PROJECT_KINDS, RANKS, ZONE_IDS, type CityRoleId, type Model, type SubSector } from '../model/index.ts';
import { both } from '../i18n/strings.ts';
import { ROLE_MARKS } from './roles.ts';
import { corridorLegend } from './corridor-legend.ts';
import { fillMode, groupsActive } from './mode.ts';
import { COUNT_STEPS, KIND_COLORS, METRO_LINE, metroFill, SUB_SECTOR_ROLE_COLORS, RANK_COLORS, UNRANKED, ZONE_COLORS, zoneFill, type RGBA } from './palette.ts';

export interface LegendEntry {
  swatch: RGBA;
  shape: 'fill' | 'line' | 'dot' | 'mark';
  mark?: string;      // the symbol drawn on the map, for shape 'mark'
  label: { zh: string; en: string };
  count: number | null; // visible cities (projects, for kinds) in this class
}
export interface LegendSection { title: { zh: string; en: string }; entries: LegendEntry[] }

/** The legend for what is on the map right now, with visible-city counts per class. */
export function buildLegend(model: Model, state: FilterState, visible: Visible, subSector: SubSector | null = null): LegendSection[] {
  const sections: LegendSection[] = [];
  const visibleCities = model.cities.filter((c) => visible.cityIds.has(c.id));
  const mode = fillMode(state);
  if (state.layers.includes('cities') && mode === 'rank' && state.cluster) {
    const cluster = model.clusters.find((c) => c.id === state.cluster)!;
    const row = model.ranks.find((r) => r.cluster === state.cluster)!;
    sections.push({
      title: { zh: cluster.name_zh, en: cluster.name_en },
      entries: [
        ...RANKS.map((rank) => ({
          swatch: RANK_COLORS[rank], shape: 'fill' as const,
          label: both(`rank.${rank}`),
          count: visibleCities.filter((c) => row.ranks[c.id] === rank).length,
        })),
        { swatch: UNRANKED, shape: 'fill', label: both('rank.none'), count: visibleCities.filter((c) => !row.ranks[c.id]).length },
      ],
    });
  } else if (state.layers.includes('cities') && mode === 'count') {
    const coreCount = (id: string) => model.ranks.filter((r) => r.ranks[id as never] === 'core').length;
    sections.push({
      title: { zh: '核心（★★★）集群数', en: 'Core (★★★) clusters per city' },
      entries: COUNT_STEPS.map((step, i) => {
        const upper = i === 0 ? null : COUNT_STEPS[i - 1]!.min - 1;
        const range = upper === null ? `≥ ${step.min}` : step.min === upper ? `${step.min}` : `${step.min}–${upper}`;
        return {
          swatch: step.color, shape: 'fill' as const, label: { zh: range, en: range },
          count: visibleCities.filter((c) => coreCount(c.id) >= step.min && (upper === null || coreCount(c.id) <= upper)).length,
        };
      }),
    });
  }
  if (state.layers.includes('zones')) {
    sections.push({
      title: { zh: '一核一带一区', en: 'Core, belt and zone' },
      entries: ZONE_IDS.map((id) => {
        const zone = model.zones.find((z) => z.id === id)!;
        return {
          swatch: mode === 'zone' ? zoneFill(id) : ZONE_COLORS[id], shape: mode === 'zone' ? 'fill' as const : 'line' as const,
          label: { zh: zone.name_zh, en: zone.name_en },
          count: visibleCities.filter((c) => c.zone === id).length,
        };
      }),
    });
  }
  if (state.layers.includes('metro')) {
    const filled = mode === 'metro';
    sections.push({
      title: { zh: filled ? '五大都市圈（浅色：都市区部分）' : '五大都市圈', en: filled ? 'Metropolitan areas (light: urban part only)' : 'Metropolitan areas' },
      entries: filled
        ? model.metros.map((m) => ({
          swatch: metroFill(m.id, 'full'), shape: 'fill' as const, label: { zh: m.name_zh, en: m.name_en },
          count: visibleCities.filter((c) => c.metro.some((x) => x.id === m.id)).length,
        }))
        : [{ swatch: METRO_LINE, shape: 'line', label: { zh: '都市圈范围', en: 'Metropolitan area' }, count: null }],
    });
  }
  if (state.layers.includes('cities')) {
    const ROLE_NAMES: Partial<Record<CityRoleId, [string, string]>> = {
      dual_core: ['双核', 'Dual core'], provincial_sub_center: ['省域副中心', 'Provincial sub-centre'], pearl_west_core: ['珠江口西岸核心城市', 'Core city of the west bank'],
    };
    sections.push({
      title: { zh: '城市定位', en: 'City roles' },
      entries: (Object.keys(ROLE_MARKS) as CityRoleId[]).map((role) => ({
        swatch: [31, 42, 51, 255] as RGBA, shape: 'mark' as const, mark: ROLE_MARKS[role],
        label: { zh: ROLE_NAMES[role]![0], en: ROLE_NAMES[role]![1] },
        count: visibleCities.filter((c) => c.roles.some((r) => r.role === role)).length,
      })),
    });
  }
  if (subSector) {
    const ROLE_WORDS = { core: ['核心', 'core'], base: ['依托', 'base'], support: ['支持', 'support'], supporting: ['配套', 'supporting'], named: ['提及', 'named'] } as const;
    const roles = [...new Set(subSector.cities.map((m) => m.role))];
    sections.push({
      title: { zh: `细分领域：${subSector.name_zh}`, en: `Sub-sector: ${subSector.name_en}` },
      entries: roles.map((role) => ({
        swatch: SUB_SECTOR_ROLE_COLORS[role], shape: 'line' as const,
        label: { zh: ROLE_WORDS[role][0], en: ROLE_WORDS[role][1] },
        count: subSector.cities.filter((m) => m.role === role).length,
      })),
    });
  }
  if (state.layers.includes('projects')) {
    const perKind = new Map<string, number>();
    const mask = modelProjectMask(model, visible); // no id Set needed (it costs ≈ 40 ms at 100k projects)
    model.projects.forEach((p, i) => {
      if (mask ? mask[i] : visible.projectIds.has(p.id)) perKind.set(p.kind, (perKind.get(p.kind) ?? 0) + 1);
    });
    sections.push({
      title: groupsActive(state)
        ? { zh: '重大项目（圆圈内为各市项目数，放大可见各项目）', en: 'Major projects (count per city; zoom in for each one)' }
        : { zh: '重大项目（点越大，规划提及越多）', en: 'Major projects (larger = named more often)' },
      entries: PROJECT_KINDS.map((kind) => ({
        swatch: KIND_COLORS[kind], shape: 'dot' as const,
        label: both(`kind.${kind}`),
        count: perKind.get(kind) ?? 0,
      })).filter((e) => e.count > 0),
    });
  }
  if (state.layers.includes('corridors')) sections.push(corridorLegend(model, visible));
  return sections;
}
