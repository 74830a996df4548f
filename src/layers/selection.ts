import type { LayerSpecification } from 'maplibre-gl';
import type { FilterState } from '../filters/state.ts';
import type { Adcode } from '../model/index.ts';
import { rgba } from './expressions.ts';
import { HOVER_LINE, SELECTED_LINE } from './palette.ts';

export type CityOutline = 'hover' | 'selected';

/** Which cities are outlined: the hovered one and the selected one, the selection winning. */
export function cityOutlines(state: Pick<FilterState, 'city'>, hover: Adcode | null): Map<Adcode, CityOutline> {
  const outlines = new Map<Adcode, CityOutline>();
  if (hover) outlines.set(hover, 'hover');
  if (state.city) outlines.set(state.city, 'selected');
  return outlines;
}

const OUTLINE = ['coalesce', ['feature-state', 'outline'], 'none'];

/**
 * The outline of each city by its `outline` feature-state (set from cityOutlines by the map bridge):
 * a hover then redraws the map without re-tiling the cities, as a changed paint expression would.
 */
export function selectionStyleLayer(): LayerSpecification {
  return {
    id: 'selection-line', type: 'line', source: 'cities', layout: {},
    paint: {
      'line-color': ['match', OUTLINE, 'selected', rgba(SELECTED_LINE), 'hover', rgba(HOVER_LINE), 'rgba(0,0,0,0)'] as never,
      'line-width': ['match', OUTLINE, 'selected', 3.5, 'hover', 2, 0] as never,
    },
  };
}
