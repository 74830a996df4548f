import { TextLayer } from '@deck.gl/layers';
import { cityOutlineLayer } from './city-outline.ts';
import type { LayerInput } from './input.ts';
import { SUB_SECTOR_ROLE_COLORS } from './palette.ts';

/** The cities a chosen sub-sector names, by the role word the 专栏 uses: outline, plus the word itself. */
export function subSectorOutlineLayer({ features, subSector }: LayerInput) {
  const outlines = new Map((subSector?.cities ?? []).map((m) => [m.city, { color: SUB_SECTOR_ROLE_COLORS[m.role], width: 4 }]));
  return cityOutlineLayer('sub-sector', features, outlines, subSector?.id ?? '');
}

interface RoleLabel { position: [number, number]; text: string }

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
