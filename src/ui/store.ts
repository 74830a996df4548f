import type { QueryWarning } from '../filters/query.ts';
import type { FilterState, View } from '../filters/state.ts';
import type { Adcode } from '../model/index.ts';

/** What the pointer is over: a city or a project marker, and where (for the tooltip). */
export type Hover = ({ city: Adcode; project?: undefined; imported?: undefined } | { project: string; city?: undefined; imported?: undefined }
  | { imported: string; city?: undefined; project?: undefined }) & { x: number; y: number };

export interface AppState {
  filters: FilterState;
  hover: Hover | null;
  warnings: QueryWarning[];
  tableOpen: boolean;
  webglFailed: boolean;
  compare: Adcode[]; // cities picked for side-by-side ranks
  project: string | null; // the project whose detail is open
}

export type Action =
  | { type: 'filters/patch'; patch: Partial<FilterState> }
  | { type: 'filters/replace'; filters: FilterState; warnings: QueryWarning[] }
  | { type: 'view/changed'; view: View }
  | { type: 'hover'; hover: Hover | null }
  | { type: 'select'; city: Adcode | null }
  | { type: 'project/select'; project: string | null }
  | { type: 'warnings/dismiss' }
  | { type: 'table/toggle' }
  | { type: 'webgl/failed' }
  | { type: 'compare/toggle'; city: Adcode }
  | { type: 'compare/clear' };

export function reducer(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'filters/patch': return { ...state, filters: { ...state.filters, ...action.patch } };
    case 'filters/replace': return { ...state, filters: action.filters, warnings: action.warnings };
    case 'view/changed': {
      const v = state.filters.view;
      if (v && v.lon === action.view.lon && v.lat === action.view.lat && v.zoom === action.view.zoom) return state;
      return { ...state, filters: { ...state.filters, view: action.view } };
    }
    case 'hover':
      if (state.hover?.city === action.hover?.city && state.hover?.project === action.hover?.project && state.hover?.imported === action.hover?.imported && state.hover?.x === action.hover?.x && state.hover?.y === action.hover?.y) return state;
      return { ...state, hover: action.hover };
    case 'select': return { ...state, project: null, filters: { ...state.filters, city: action.city } };
    case 'project/select': return { ...state, project: action.project };
    case 'warnings/dismiss': return { ...state, warnings: [] };
    case 'table/toggle': return { ...state, tableOpen: !state.tableOpen };
    case 'webgl/failed': return { ...state, webglFailed: true, tableOpen: true };
    case 'compare/toggle': return {
      ...state,
      compare: state.compare.includes(action.city) ? state.compare.filter((c) => c !== action.city) : [...state.compare, action.city],
    };
    case 'compare/clear': return { ...state, compare: [] };
  }
}
