import type { Visible } from '../filters/apply.ts';
import type { ShowState } from '../filters/state.ts';
import type { ImportedLayer } from '../import/index.ts';
import type { DistrictShapes, Features, Model, SubSector } from '../model/index.ts';
import type { Choropleth } from './choropleth.ts';

/** Everything a layer function may read: stable data, what the filters leave visible (and the filters, on it) and how it is shown. */
export interface LayerInput {
  features: Features;
  visible: Visible;
  show: ShowState;
  hoverProject?: string | null;  // the hovered project marker
  hoverCorridor?: string | null;    // the hovered corridor
  selectedCorridor?: string | null; // the corridor whose panel is open
  opacity?: Partial<Record<'cities' | 'zones' | 'projects', number>>; // 0–1 per layer, 1 when absent
  subSector?: SubSector | null;  // the sub-sector whose cities are outlined
  districtShapes?: DistrictShapes | null; // county-level outlines, fetched when a sub-sector's places need them
  model: Model;                  // names and marks that read the model (labels, city roles)
  imported?: { layer: ImportedLayer; visibleIds: ReadonlySet<string>; key: string } | null; // the analyst's own file
  choropleth?: Choropleth | null; // the analyst's indicator colouring the cities (replaces the mode's fill)
  scale?: number;                 // labels and marks grow with the screen while presenting (present/scale.ts); 1 when absent
  labelProjects?: readonly string[]; // projects named on the map (the ones a scene is about)
}

/** Each layer's opacity before the user moves a slider. */
export const DEFAULT_OPACITY = { cities: 1, zones: 1, projects: 1 } as const;
