import type { Visible } from '../filters/apply.ts';
import type { FilterState } from '../filters/state.ts';
import type { ImportedLayer } from '../import/index.ts';
import type { Features, Model, SubSector } from '../model/index.ts';

/** Everything a layer function may read: stable data, the visible ids and the state. */
export interface LayerInput {
  features: Features;
  visible: Visible;
  state: FilterState;
  hoverProject?: string | null;  // the hovered project marker
  hoverCorridor?: string | null;    // the hovered corridor
  selectedCorridor?: string | null; // the corridor whose panel is open
  opacity?: Partial<Record<'cities' | 'zones' | 'projects', number>>; // 0–1 per layer, 1 when absent
  subSector?: SubSector | null;  // the sub-sector whose cities are outlined
  model: Model;                  // names and marks that read the model (labels, city roles)
  imported?: { layer: ImportedLayer; visibleIds: ReadonlySet<string>; key: string } | null; // the analyst's own file
}

/** The part of the filter key that changes colours: the camera, language, selection and mode do not. */
export const colourKey = (visible: Visible) => visible.key.replace(/(^|&)(view|lang|city|present)=[^&]*/g, '');

/** Each layer's opacity before the user moves a slider. */
export const DEFAULT_OPACITY = { cities: 1, zones: 1, projects: 1 } as const;
