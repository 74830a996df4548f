import type { TextLayerProps } from '@deck.gl/layers';

/** The map's CJK fonts, in the order a user's machine is likely to have them. */
export const LABEL_FONTS = '"Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif';

/**
 * What every boxed map label shares (project names, sub-sector roles and places, the selected project):
 * dark text on a white box, drawn only when there is something to draw, never picked. Each layer adds its
 * size, offset, box and border.
 */
export function boxedLabels<D extends { position: [number, number]; text: string }>(id: string, data: readonly D[]) {
  return {
    id,
    data,
    visible: data.length > 0,
    getPosition: (d: D) => d.position,
    getText: (d: D) => d.text,
    getColor: [20, 20, 20, 255],
    background: true,
    fontFamily: LABEL_FONTS,
    pickable: false,
  } satisfies Partial<TextLayerProps<D>>;
}
