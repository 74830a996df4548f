import type { Model } from '../model/index.ts';
import type { QueryWarning } from './query.ts';
import type { UrlState } from './state.ts';

/**
 * The URL's project and sub-sector ids checked against the model (the parser knows only their form): an
 * unknown project, or a sub-sector not of the chosen cluster, is dropped with a warning like any bad value.
 */
export function resolveShowIds(model: Model, state: UrlState): { state: UrlState; warnings: QueryWarning[] } {
  const warnings: QueryWarning[] = [];
  let { show } = state;
  if (show.project && !model.projects.some((p) => p.id === show.project)) {
    warnings.push({ kind: 'dropped', param: 'project', value: show.project, message: 'unknown value dropped', allowed: ['a project id of data/projects.json'] });
    show = { ...show, project: null };
  }
  const subSector = show.subSector ? model.subSectors.find((s) => s.id === show.subSector) : null;
  if (show.subSector && subSector?.cluster !== state.filters.cluster) {
    const allowed = model.subSectors.filter((s) => s.cluster === state.filters.cluster).map((s) => s.id);
    warnings.push({ kind: 'dropped', param: 'subsector', value: show.subSector, message: 'not a sub-sector of the chosen cluster; dropped', allowed });
    show = { ...show, subSector: null };
  }
  return { state: show === state.show ? state : { ...state, show }, warnings };
}
