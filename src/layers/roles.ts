import { TextLayer } from '@deck.gl/layers';
import type { Model, CityRoleId } from '../model/index.ts';
import type { LayerInput } from './input.ts';

/** A distinct mark per role the plans give a city, drawn above its name. */
export const ROLE_MARKS: Partial<Record<CityRoleId, string>> = {
  dual_core: '◎',              // 双核
  provincial_sub_center: '◆',  // 省域副中心
  pearl_west_core: '▲',        // 珠江口西岸核心城市
};

interface RoleMark { position: [number, number]; text: string }
const cache = new WeakMap<Model, RoleMark[]>();

function marks(model: Model, points: Map<string, [number, number]>): RoleMark[] {
  let data = cache.get(model);
  if (!data) {
    data = model.cities.flatMap((c) => {
      const text = c.roles.map((r) => ROLE_MARKS[r.role]).filter(Boolean).join('');
      const point = points.get(c.id);
      return text && point ? [{ position: point, text }] : [];
    });
    cache.set(model, data);
  }
  return data;
}

export function rolesLayer({ features, state, model }: LayerInput) {
  return new TextLayer<RoleMark>({
    id: 'roles',
    data: model ? marks(model, features.cityPoints) : [],
    visible: !!model && state.layers.includes('cities'),
    getPosition: (d) => d.position,
    getText: (d) => d.text,
    getSize: 16,
    getColor: [31, 42, 51, 255],
    getPixelOffset: [0, -22],
    outlineWidth: 3,
    outlineColor: [255, 255, 255, 230],
    fontSettings: { sdf: true },
    characterSet: ['◎', '◆', '▲'],
    fontFamily: 'sans-serif',
    pickable: false,
  });
}
