import type { QueryWarning } from '../filters/query.ts';
import { toFilterQuery } from '../filters/query.ts';
import { toggled, type FilterState, type ShowState, type UrlState, type View } from '../filters/state.ts';
import type { Adcode, MetroId, ZoneId } from '../model/index.ts';

/** What the pointer is over: a city or a project marker, and where (for the tooltip). */
export type Hover = (({ city: Adcode; district?: string; project?: undefined; imported?: undefined; zone?: undefined } | { project: string; city?: undefined; imported?: undefined; zone?: undefined }
  | { imported: string; city?: undefined; project?: undefined; zone?: undefined } | { zone: ZoneId; city?: undefined; project?: undefined; imported?: undefined }) & { corridor?: undefined }
  | { corridor: string; city?: undefined; project?: undefined; imported?: undefined; zone?: undefined }) & { x: number; y: number };

export interface AppState {
  filters: FilterState; // what filters the plan: the same object until a filter changes, so nothing recolours before
  show: ShowState;      // how it is shown: layers, selection, camera, language, mode
  hover: Hover | null;
  warnings: QueryWarning[];
  webgl: 'ok' | 'unavailable' | 'lost'; // lost: the map waits for the context to come back
  mapGeneration: number;                 // bumped to build a fresh map after a lost context returns
  zone: ZoneId | null;      // the zone whose panel is open
  metro?: MetroId | null;   // the metropolitan area whose panel is open
  importedFeature?: string | null; // the imported feature whose panel is open
  corridor?: string | null; // the corridor whose panel is open
  opacity: Record<OpacityLayer, number>; // per-layer opacity, 0–1 (a view setting, not part of the URL)
}

export type OpacityLayer = 'cities' | 'zones' | 'projects';

export type Action =
  | { type: 'url/patch'; filters?: Partial<FilterState>; show?: Partial<ShowState> }
  | { type: 'url/replace'; state: UrlState; warnings: QueryWarning[] }
  | { type: 'view/changed'; view: View }
  | { type: 'hover'; hover: Hover | null }
  | { type: 'select'; city: Adcode | null }
  | { type: 'project/select'; project: string | null }
  | { type: 'subSector/select'; subSector: string | null }
  | { type: 'zone/select'; zone: ZoneId | null }
  | { type: 'metro/select'; metro: MetroId | null }
  | { type: 'imported/select'; id: string | null }
  | { type: 'corridor/select'; corridor: string | null }
  | { type: 'opacity/set'; layer: OpacityLayer; value: number }
  | { type: 'warnings/dismiss' }
  | { type: 'table/toggle' }
  | { type: 'webgl/unavailable' }
  | { type: 'webgl/lost' }
  | { type: 'webgl/restored' }
  | { type: 'compare/toggle'; city: Adcode }
  | { type: 'compare/clear' };

export function reducer(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'url/patch': {
      const filters = action.filters ? keepSame(state.filters, { ...state.filters, ...action.filters }) : state.filters;
      const show = action.show ? { ...state.show, ...action.show } : state.show;
      return withFilters({ ...state, show }, filters);
    }
    case 'url/replace': return withFilters({ ...state, show: action.state.show, warnings: action.warnings }, keepSame(state.filters, action.state.filters));
    case 'view/changed': {
      const v = state.show.view;
      if (v && v.lon === action.view.lon && v.lat === action.view.lat && v.zoom === action.view.zoom) return state;
      return { ...state, show: { ...state.show, view: action.view } };
    }
    case 'hover':
      if (state.hover?.city === action.hover?.city && state.hover?.project === action.hover?.project && state.hover?.imported === action.hover?.imported && state.hover?.zone === action.hover?.zone && state.hover?.corridor === action.hover?.corridor && state.hover?.x === action.hover?.x && state.hover?.y === action.hover?.y) return state;
      return { ...state, hover: action.hover };
    case 'select': return { ...state, zone: null, metro: null, corridor: null, importedFeature: null, show: { ...state.show, city: action.city, project: null } };
    case 'project/select': return { ...state, importedFeature: null, zone: null, metro: null, corridor: null, show: { ...state.show, project: action.project } };
    case 'corridor/select': return { ...state, importedFeature: null, corridor: action.corridor, zone: null, metro: null, show: withoutProject(state.show) };
    case 'subSector/select': return { ...state, show: { ...state.show, subSector: action.subSector } };
    case 'zone/select': return { ...state, importedFeature: null, zone: action.zone, metro: null, corridor: null, show: withoutProject(state.show) };
    case 'imported/select': return { ...state, importedFeature: action.id, zone: null, metro: null, corridor: null, show: withoutProject(state.show) };
    case 'metro/select': return { ...state, importedFeature: null, metro: action.metro, zone: null, corridor: null, show: withoutProject(state.show) };
    case 'opacity/set': return { ...state, opacity: { ...state.opacity, [action.layer]: Math.min(1, Math.max(0, action.value)) } };
    case 'warnings/dismiss': return { ...state, warnings: [] };
    case 'table/toggle': return { ...state, show: { ...state.show, table: !state.show.table } };
    case 'webgl/unavailable': return { ...state, webgl: 'unavailable', show: { ...state.show, table: true } };
    case 'webgl/lost': return { ...state, webgl: 'lost', show: { ...state.show, table: true } };
    case 'webgl/restored': return { ...state, webgl: 'ok', show: { ...state.show, table: false }, mapGeneration: state.mapGeneration + 1 };
    // the comparison is in the URL, so a link shows the same cities side by side
    case 'compare/toggle': return { ...state, show: { ...state.show, compare: toggled(state.show.compare, action.city) } };
    case 'compare/clear': return { ...state, show: { ...state.show, compare: [] } };
  }
}

/** The current filters object when the next one filters the same, so what depends on it is not recomputed. */
const keepSame = (current: FilterState, next: FilterState) => (toFilterQuery(next) === toFilterQuery(current) ? current : next);

/** New filters; a sub-sector belongs to its cluster, so choosing another cluster clears it. */
function withFilters(state: AppState, filters: FilterState): AppState {
  if (filters === state.filters) return state;
  if (filters.cluster === state.filters.cluster || !state.show.subSector) return { ...state, filters };
  return { ...state, filters, show: { ...state.show, subSector: null } };
}

const withoutProject = (show: ShowState): ShowState => (show.project ? { ...show, project: null } : show);
