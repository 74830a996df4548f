import type { Adcode, City, MetroId, Model, Project, ZoneId } from '../model/index.ts';
import { rankOf } from '../model/index.ts';
import { toQuery } from './query.ts';
import type { FilterState } from './state.ts';

/** What the filters leave visible: ids (never copies) and counts, plus the canonical key. */
export interface Visible {
  cityIds: Set<Adcode>;
  zoneIds: Set<ZoneId>;
  metroIds: Set<MetroId>;
  projectIds: Set<string>;
  counts: { cities: [number, number]; projects: [number, number] };
  key: string; // toQuery(state): equal keys mean equal visible sets
}

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, '');

/** Whether a city passes the zone, metro, rank and text filters. */
export function cityPasses(model: Model, city: City, state: FilterState): boolean {
  if (state.zone.length && !state.zone.includes(city.zone)) return false;
  if (state.metro.length && !city.metro.some((m) => state.metro.includes(m.id))) return false;
  if (state.rank.length) {
    const clusters = state.cluster ? [state.cluster] : model.clusters.map((c) => c.id);
    const ranked = clusters.some((c) => {
      const rank = rankOf(model, city.id, c);
      return rank !== null && state.rank.includes(rank);
    });
    if (!ranked) return false;
  }
  if (state.q) {
    const q = fold(state.q);
    if (![city.name_zh, city.short_zh, city.name_en, city.pinyin].some((n) => fold(n).includes(q))) return false;
  }
  return true;
}

function projectPasses(project: Project, cityIds: Set<Adcode>, state: FilterState, cityNames: Map<Adcode, string>): boolean {
  if (!project.cities.some((c) => cityIds.has(c))) return false;
  if (state.kind.length && !state.kind.includes(project.kind)) return false;
  if (state.cluster && !project.clusters.includes(state.cluster)) return false;
  if (state.q) {
    const q = fold(state.q);
    const names = [project.name_zh, project.name_en, project.site ?? '', ...project.cities.map((c) => cityNames.get(c) ?? '')];
    if (!names.some((n) => fold(n).includes(q))) return false;
  }
  return true;
}

/** The one filter engine: the map, the table, the legend, the export and the CLI all call it. */
export function applyFilters(model: Model, state: FilterState): Visible {
  const cities = model.cities.filter((c) => cityPasses(model, c, state));
  const cityIds = new Set(cities.map((c) => c.id));
  // text search narrows cities by name; projects match by their own names instead
  const projectCityIds = state.q ? new Set(model.cities.filter((c) => cityPasses(model, c, { ...state, q: '' })).map((c) => c.id)) : cityIds;
  const cityNames = new Map(model.cities.map((c) => [c.id, `${c.name_zh} ${c.name_en}`]));
  const projectIds = new Set(model.projects.filter((p) => projectPasses(p, projectCityIds, state, cityNames)).map((p) => p.id));
  const zoneIds = new Set(model.zones.map((z) => z.id).filter((id) => !state.zone.length || state.zone.includes(id)));
  const metroIds = new Set(model.metros.map((m) => m.id).filter((id) => !state.metro.length || state.metro.includes(id)));
  return {
    cityIds, zoneIds, metroIds, projectIds,
    counts: { cities: [cityIds.size, model.cities.length], projects: [projectIds.size, model.projects.length] },
    key: toQuery(state),
  };
}
