import type { LayerSpecification } from 'maplibre-gl';
import { matchBy, rgba, visibility } from './expressions.ts';
import type { LayerInput } from './input.ts';
import { HOVER_LINE, SELECTED_LINE } from './palette.ts';

/** Outlines of the hovered and the selected city (selection wins), over every other line. */
export function selectionStyleLayer({ state, hover }: LayerInput): LayerSpecification {
  const colours = new Map<string, string>();
  const widths = new Map<string, number>();
  if (hover) { colours.set(hover, rgba(HOVER_LINE)); widths.set(hover, 2); }
  if (state.city) { colours.set(state.city, rgba(SELECTED_LINE)); widths.set(state.city, 3.5); }
  return {
    id: 'selection-line', type: 'line', source: 'cities', layout: { visibility: visibility(colours.size > 0), 'line-join': 'round' },
    paint: { 'line-color': matchBy('adcode', colours, 'rgba(0,0,0,0)'), 'line-width': matchBy('adcode', widths, 0) },
  };
}
