import type { Model } from '../model/index.ts';
import { applyFilters } from './apply.ts';
import type { SpatialGeometry } from './spatial-filter.ts';
import { DEFAULT_FILTERS, type FilterState } from './state.ts';

/** The filters a project can be hidden by, in the order the notice names them. */
const FIELDS = ['cluster', 'rank', 'zone', 'metro', 'kind', 'doc', 'q', 'near', 'within'] as const satisfies readonly (keyof FilterState)[];
export type HidingFilter = (typeof FIELDS)[number];

const isSet = (filters: FilterState, field: HidingFilter) => (field === 'cluster' || field === 'near' || field === 'within' ? filters[field] !== null : filters[field].length > 0);
const cleared = (filters: FilterState, fields: readonly HidingFilter[]): FilterState =>
  fields.reduce<FilterState>((f, field) => ({ ...f, [field]: DEFAULT_FILTERS[field] }), filters);

/** Whether the one filter engine leaves the project visible under these filters. */
function shows(model: Model, index: number, filters: FilterState, geometry?: SpatialGeometry): boolean {
  return applyFilters(model, filters, geometry).projectMask[index] === 1;
}

/**
 * The filters that hide a project: empty when it is visible. First each filter that alone would hide it;
 * if clearing those is not enough (two filters that hide it only together, e.g. a zone and a metropolitan
 * area its cities each meet one of), the further set filters, in order, until it shows. Clearing exactly
 * the returned fields shows the project and leaves every other filter as it was. A spatial selection
 * (near, within) needs `geometry` (the joined features); without it, it is left out.
 */
export function hidingFilters(model: Model, projectId: string, filters: FilterState, geometry?: SpatialGeometry): HidingFilter[] {
  const index = model.projects.findIndex((p) => p.id === projectId);
  const given = geometry ? filters : { ...filters, near: null, within: null };
  const show = (f: FilterState) => shows(model, index, f, geometry);
  if (index < 0 || show(given)) return [];
  const active = FIELDS.filter((field) => isSet(given, field));
  const alone = active.filter((field) => !show({ ...DEFAULT_FILTERS, [field]: given[field] }));
  const result = [...alone];
  for (const field of active) {
    if (show(cleared(given, result))) break;
    if (!result.includes(field)) result.push(field);
  }
  return FIELDS.filter((field) => result.includes(field));
}

/** The filters with the hiding ones cleared (what the notice's button applies). */
export const withoutHiding = (filters: FilterState, fields: readonly HidingFilter[]): FilterState => cleared(filters, fields);
