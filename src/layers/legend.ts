import type { Visible } from '../filters/apply.ts';
import type { ShowState } from '../filters/state.ts';
import { PROJECT_KINDS, RANKS, ZONE_IDS, type CityRoleId, type MetroId, type Model, type SubSector, type ZoneId } from '../model/index.ts';
import { both } from '../i18n/strings.ts';
import { ROLE_MARKS } from './roles.ts';
import { corridorLegend } from './corridor-legend.ts';
import { placeLegendEntries } from './sub-sector-place-legend.ts';
import { fillMode, groupsActive } from './mode.ts';
import { rankColors } from './contrast-palette.ts';
import { IMPORTED_COLOR } from './palette.ts';
import { COUNT_STEPS, KIND_COLORS, METRO_LINE, metroFill, SUB_SECTOR_ROLE_COLORS, UNRANKED, ZONE_COLORS, zoneFill, type RGBA } from './palette.ts';
import { choroplethLegend, type Choropleth } from './choropleth.ts';
import { bivariateLegend, type BivariateGrid } from './bivariate.ts';

export interface LegendEntry {
  swatch: RGBA;
  shape: 'fill' | 'line' | 'dot' | 'mark';
  mark?: string;      // the symbol drawn on the map, for shape 'mark'
  label: { zh: string; en: string };
  count: number | null; // visible cities (projects, for kinds) in this class
  opens?: { zone: ZoneId } | { metro: MetroId }; // the panel a click on the entry opens
}
export interface LegendSection {
  title: { zh: string; en: string };
  entries: LegendEntry[];
  grid?: BivariateGrid; // a bivariate map's 3×3 square, drawn instead of the entries where an output can
}

/** The analyst's imported file as the legend names it: file name, features shown, features in the file. */
export interface ImportedLegend { name: string; shown: number; total: number }

/** The legend for what is on the map right now, with visible-city counts per class. */
export function buildLegend(model: Model, visible: Visible, show: Pick<ShowState, 'layers' | 'view'> & { theme?: ShowState['theme'] }, subSector: SubSector | null = null, choropleth: Choropleth | null = null, imported: ImportedLegend | null = null): LegendSection[] {
  const sections: LegendSection[] = [];
  const visibleCities = model.cities.filter((c) => visible.cityIds.has(c.id));
  const { layers } = show;
  const chosen = visible.filters.cluster;
  // an analyst's indicator fills the cities instead of the mode's colours (see cityFillColor)
  const mode = choropleth ? 'indicator' : fillMode(layers, chosen);
  if (layers.includes('cities') && choropleth) sections.push(choropleth.grid ? bivariateLegend({ ...choropleth, grid: choropleth.grid }) : choroplethLegend(choropleth));
  if (layers.includes('cities') && mode === 'rank' && chosen) {
    const cluster = model.clusters.find((c) => c.id === chosen)!;
    const row = model.ranks.find((r) => r.cluster === chosen)!;
    sections.push({
      title: { zh: cluster.name_zh, en: cluster.name_en },
      entries: [
        ...RANKS.map((rank) => ({
          swatch: rankColors(show.theme)[rank], shape: 'fill' as const,
          label: both(`rank.${rank}`),
          count: visibleCities.filter((c) => row.ranks[c.id] === rank).length,
        })),
        { swatch: UNRANKED, shape: 'fill', label: both('rank.none'), count: visibleCities.filter((c) => !row.ranks[c.id]).length },
      ],
    });
  } else if (layers.includes('cities') && mode === 'count') {
    const coreCount = (id: string) => model.ranks.filter((r) => r.ranks[id as never] === 'core').length;
    sections.push({
      title: both('coreCount'),
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
  if (layers.includes('zones')) {
    sections.push({
      title: both('layer.zones'),
      entries: ZONE_IDS.map((id) => {
        const zone = model.zones.find((z) => z.id === id)!;
        return {
          swatch: mode === 'zone' ? zoneFill(id) : ZONE_COLORS[id], shape: mode === 'zone' ? 'fill' as const : 'line' as const,
          label: { zh: zone.name_zh, en: zone.name_en },
          count: visibleCities.filter((c) => c.zone === id).length,
          opens: { zone: id },
        };
      }),
    });
  }
  if (layers.includes('metro')) {
    const filled = mode === 'metro' && layers.includes('cities'); // the metro colours are the city fills: without cities, outlines only
    // each area is an entry that opens its panel: filled swatches, or the outline the map draws
    sections.push({
      title: both(filled ? 'legend.metroFilled' : 'layer.metro'),
      entries: model.metros.map((m) => ({
        swatch: filled ? metroFill(m.id, 'full') : METRO_LINE, shape: filled ? 'fill' as const : 'line' as const, label: { zh: m.name_zh, en: m.name_en },
        count: visibleCities.filter((c) => c.metro.some((x) => x.id === m.id)).length,
        opens: { metro: m.id },
      })),
    });
  }
  if (layers.includes('cities')) {
    sections.push({
      title: both('legend.roles'),
      entries: (Object.keys(ROLE_MARKS) as CityRoleId[]).map((role) => ({
        swatch: [31, 42, 51, 255] as RGBA, shape: 'mark' as const, mark: ROLE_MARKS[role],
        label: both(`role.${role}`),
        count: visibleCities.filter((c) => c.roles.some((r) => r.role === role)).length,
      })),
    });
  }
  if (subSector) {
    const roles = [...new Set(subSector.cities.map((m) => m.role))];
    sections.push({
      title: both('legend.subSector', (lang) => ({ name: lang === 'zh' ? subSector.name_zh : subSector.name_en })),
      entries: roles.map((role) => ({
        swatch: SUB_SECTOR_ROLE_COLORS[role], shape: 'line' as const,
        label: both(`subSectorRole.${role}`),
        count: subSector.cities.filter((m) => m.role === role).length,
      })),
    });
    sections.at(-1)!.entries.push(...placeLegendEntries(subSector));
  }
  if (layers.includes('projects')) {
    const perKind = new Map<string, number>();
    const mask = visible.projectMask; // no id Set needed (it costs ≈ 40 ms at 100k projects)
    model.projects.forEach((p, i) => {
      if (mask[i]) perKind.set(p.kind, (perKind.get(p.kind) ?? 0) + 1);
    });
    sections.push({
      title: both(groupsActive(show) ? 'legend.projectsGrouped' : 'legend.projectsSized'),
      entries: PROJECT_KINDS.map((kind) => ({
        swatch: KIND_COLORS[kind], shape: 'dot' as const,
        label: both(`kind.${kind}`),
        count: perKind.get(kind) ?? 0,
      })).filter((e) => e.count > 0),
    });
  }
  if (layers.includes('corridors')) sections.push(corridorLegend(model, visible));
  if (imported) {
    const label = `${imported.name} (${imported.shown}/${imported.total})`;
    sections.push({ title: both('importedTitle'), entries: [{ swatch: IMPORTED_COLOR, shape: 'dot', label: { zh: label, en: label }, count: imported.shown }] });
  }
  return sections;
}
