import type { LayerSpecification } from 'maplibre-gl';
import { matchBy, rgba, visibility } from './expressions.ts';
import type { LayerInput } from './input.ts';
import { SUB_SECTOR_ROLE_COLORS } from './palette.ts';

/** The cities a chosen sub-sector names, outlined in the colour of the role word the 专栏 uses. */
export function subSectorStyleLayer({ subSector }: LayerInput): LayerSpecification {
  const colours = new Map((subSector?.cities ?? []).map((m) => [m.city as string, rgba(SUB_SECTOR_ROLE_COLORS[m.role])]));
  return {
    id: 'sub-sector-line', type: 'line', source: 'cities', layout: { visibility: visibility(colours.size > 0) },
    paint: { 'line-color': matchBy('adcode', colours, 'rgba(0,0,0,0)'), 'line-width': 4 },
  };
}
