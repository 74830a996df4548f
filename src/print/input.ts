import type { FeatureCollection, Geometry, Point } from 'geojson';
import type { Visible } from '../filters/apply.ts';
import type { FilterState, ShowState } from '../filters/state.ts';
import type { Features, Model } from '../model/index.ts';
import type { Choropleth } from '../layers/choropleth.ts';

/** The basemap files the page draws under the plan (geo/output): neighbours, their labels, the province. */
export interface PrintBasemap {
  province: FeatureCollection<Geometry>;
  neighbours: FeatureCollection<Geometry, { name_zh: string; name_en: string }>;
  neighbourLabels: FeatureCollection<Point, { name_zh: string; name_en: string }>;
}

/** The URL state read as one record (its filters and how they are shown), as the print layouts read it. */
export type PrintState = FilterState & ShowState;

/** The URL state's two parts as one PrintState. */
export const printState = ({ filters, show }: { filters: FilterState; show: ShowState }): PrintState => ({ ...filters, ...show });

/** Everything a print layout reads: the same model, features, visible ids and state as the page's layers. */
export interface PrintInput {
  model: Model;
  features: Features;
  visible: Visible;
  state: PrintState;
  basemap: PrintBasemap;
  choropleth?: Choropleth | null; // the analyst's indicator: it fills the cities and heads the legend (as on the page)
}

/** The basemap files by name, as the page fetches and the CLI reads them. */
export const BASEMAP_FILES = ['province.geojson', 'neighbours.geojson', 'neighbour-labels.geojson'] as const;

/** Parses the basemap files (given as text). */
export function parseBasemap(files: Record<(typeof BASEMAP_FILES)[number], string>): PrintBasemap {
  return {
    province: JSON.parse(files['province.geojson']),
    neighbours: JSON.parse(files['neighbours.geojson']),
    neighbourLabels: JSON.parse(files['neighbour-labels.geojson']),
  };
}
