import type { Adcode } from '../model/index.ts';
import { cityOutlineLayer } from './city-outline.ts';
import type { LayerInput } from './input.ts';
import { HOVER_LINE, SELECTED_LINE, type RGBA } from './palette.ts';

/** Outlines of the selected and the hovered city, drawn last so they sit on top. */
export function selectionLayer({ features, state, hover }: LayerInput) {
  const outlines = new Map<Adcode, { color: RGBA; width: number }>();
  if (hover) outlines.set(hover, { color: HOVER_LINE, width: 2 });
  if (state.city) outlines.set(state.city, { color: SELECTED_LINE, width: 3.5 }); // selection wins over hover
  return cityOutlineLayer('selection', features, outlines, `${state.city}|${hover}`);
}
