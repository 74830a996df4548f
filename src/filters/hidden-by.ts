import type { Model } from '../model/index.ts';
import { applyFilters } from './apply.ts';
import { DEFAULT_FILTERS, type FilterState } from './state.ts';

/** The filters a project can be hidden by, in the order the notice names them. */
const FIELDS = ['cluster', 'rank', 'zone', 'metro', 'kind', 'doc', 'q'] as const satisfies readonly (keyof FilterState)[];
export type HidingFilter = (typeof FIELDS)[number];

const isSet = (filters: FilterState, field: HidingFilter) => (field === 'cluster' ? filters.cluster !== null : filters[field].length > 0);
const cleared = (filters: FilterState, fields: readonly HidingFilter[]): FilterState =>
  fields.reduce<FilterState>((f, field) => ({ ...f, [field]: DEFAULT_FILTERS[field] }), filters);

/** Whether the one filter engine leaves the project visible under these filters. */
function shows(model: Model, index: number, filters: FilterState): boolean {
  return applyFilters(model, filters).projectMask[index] === 1;
}

/**
 * The filters that hide a project: empty when it is visible. First each filter that alone would hide it;
 * if clearing those is not enough (two filters that hide it only together, e.g. a zone and a metropolitan
 * area its cities each meet one of), the further set filters, in order, until it shows. Clearing exactly
 * the returned fields shows the project and leaves every other filter as it was.
 */
export function hidingFilters(model: Model, projectId: string, filters: FilterState): HidingFilter[] {
  const index = model.projects.findIndex((p) => p.id === projectId);
  if (index < 0 || shows(model, index, filters)) return [];
  const active = FIELDS.filter((field) => isSet(filters, field));
  const alone = active.filter((field) => !shows(model, index, { ...DEFAULT_FILTERS, [field]: filters[field] }));
  const result = [...alone];
  for (const field of active) {
    if (shows(model, index, cleared(filters, result))) break;
    if (!result.includes(field)) result.push(field);
  }
  return FIELDS.filter((field) => result.includes(field));
}

/** The filters with the hiding ones cleared (what the notice's button applies). */
export const withoutHiding = (filters: FilterState, fields: readonly HidingFilter[]): FilterState => cleared(filters, fields);
