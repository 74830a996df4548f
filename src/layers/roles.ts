import type { LayerSpecification } from 'maplibre-gl';
import type { CityRoleId, Model } from '../model/index.ts';
import { fromTiles } from './basemap.ts';
import { matchBy, visibility } from './expressions.ts';
import type { LayerInput } from './input.ts';
import { ROLE_SIZE, markOffsets, offsetByZoom } from './mark-layout.ts';

/** A distinct mark per role the plans give a city, drawn above its name. */
export const ROLE_MARKS: Partial<Record<CityRoleId, string>> = {
  dual_core: '◎',              // 双核
  provincial_sub_center: '◆',  // 省域副中心
  pearl_west_core: '▲',        // 珠江口西岸核心城市
};


/** Each visible city's role marks as one string, for the visible cities that have a marked role: the marks follow the filters, as the legend's counts do. */
export function roleMarks(model: Model, visible: LayerInput['visible']): Map<string, string> {
  return new Map(model.cities.flatMap((c) => {
    const text = visible.cityIds.has(c.id) ? c.roles.map((r) => ROLE_MARKS[r.role]).filter(Boolean).join('') : '';
    return text ? [[c.id as string, text]] : [];
  }));
}

export function rolesStyleLayer({ show, model, visible, scale = 1 }: LayerInput): LayerSpecification {
  const marks = roleMarks(model, visible);
  return {
    id: 'roles', type: 'symbol', ...fromTiles('labels'), filter: ['has', 'adcode'],
    layout: {
      visibility: visibility(marks.size > 0 && show.layers.includes('cities')),
      'text-field': matchBy('adcode', marks, ''),
      'text-size': ROLE_SIZE * scale, 'text-font': ['sans-serif'],
      'text-offset': offsetByZoom(ROLE_SIZE * scale, (z) => markOffsets(z, scale, show.lang, false).rolesY) as never,
      'text-allow-overlap': true, 'text-ignore-placement': true,
    },
    paint: { 'text-color': 'rgb(31,42,51)', 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.8 },
  };
}
