import { TextLayer } from '@deck.gl/layers';
import type { LayerInput } from './input.ts';

interface RoleLabel { position: [number, number]; text: string }

/** The role word the 专栏 gives each city of the chosen sub-sector, in a box above the city's name. */
export function subSectorLabelLayer({ features, subSector }: LayerInput) {
  const data: RoleLabel[] = (subSector?.cities ?? []).flatMap((m) => {
    const point = features.cityPoints.get(m.city);
    return point ? [{ position: point, text: m.role_zh }] : [];
  });
  return new TextLayer<RoleLabel>({
    id: 'sub-sector-labels',
    data,
    visible: data.length > 0,
    getPosition: (d) => d.position,
    getText: (d) => d.text,
    getSize: 13,
    getColor: [20, 20, 20, 255],
    getPixelOffset: [0, -24],
    background: true,
    getBackgroundColor: [255, 255, 255, 230],
    backgroundPadding: [3, 1],
    characterSet: 'auto',
    fontFamily: '"Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif',
    pickable: false,
  });
}
