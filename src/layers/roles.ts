import type { LayerSpecification } from 'maplibre-gl';
import type { CityRoleId, Model } from '../model/index.ts';
import { fromTiles } from './basemap.ts';
import { matchBy, visibility } from './expressions.ts';
import type { LayerInput } from './input.ts';

/** A distinct mark per role the plans give a city, drawn above its name. */
export const ROLE_MARKS: Partial<Record<CityRoleId, string>> = {
  dual_core: '◎',              // 双核
  provincial_sub_center: '◆',  // 省域副中心
  pearl_west_core: '▲',        // 珠江口西岸核心城市
};

const SIZE = 16;
const cache = new WeakMap<Model, Map<string, string>>();

/** Each city's role marks as one string, for the cities that have a marked role. */
function roleMarks(model: Model): Map<string, string> {
  let marks = cache.get(model);
  if (!marks) {
    marks = new Map(model.cities.flatMap((c) => {
      const text = c.roles.map((r) => ROLE_MARKS[r.role]).filter(Boolean).join('');
      return text ? [[c.id as string, text]] : [];
    }));
    cache.set(model, marks);
  }
  return marks;
}

export function rolesStyleLayer({ show, model }: LayerInput): LayerSpecification {
  const marks = roleMarks(model);
  return {
    id: 'roles', type: 'symbol', ...fromTiles('labels'), filter: ['has', 'adcode'],
    layout: {
      visibility: visibility(marks.size > 0 && show.layers.includes('cities')),
      'text-field': matchBy('adcode', marks, ''),
      'text-size': SIZE, 'text-font': ['sans-serif'], 'text-offset': [0, -22 / SIZE],
      'text-allow-overlap': true, 'text-ignore-placement': true,
    },
    paint: { 'text-color': 'rgb(31,42,51)', 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.8 },
  };
}
