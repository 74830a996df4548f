import type { RGBA } from '../layers/palette.ts';
import type { PrintCommand, Pt } from './commands.ts';
import { ringsOf, tidy } from './geometry.ts';
import type { PrintBasemap } from './input.ts';
import { boundsOf, fitBounds, type Projection, type Rect } from './mercator.ts';
import { scaleBarKm } from './scale.ts';

export { scaleBarKm } from './scale.ts';

const INK: RGBA = [31, 42, 51, 255];
const WHITE: RGBA = [255, 255, 255, 255];
const BOX: RGBA = [255, 255, 255, 230];

/** A two-segment scale bar with 0, half and full ticks, labelled in km / 公里 (at the frame's centre latitude). */
export function scaleBar(proj: Projection, [x, y]: Pt, maxWidth: number, unit: string): PrintCommand[] {
  const { km, width } = scaleBarKm(proj, maxWidth);
  const h = 4;
  const half = width / 2;
  const size = 7;
  const unitWidth = unit.length * size * 0.8;
  const rect = (x0: number, w: number, fill: RGBA): PrintCommand =>
    ({ type: 'path', rings: [[[x0, y], [x0 + w, y], [x0 + w, y + h], [x0, y + h]]], closed: true, fill, stroke: INK, width: 0.6 });
  return [
    { type: 'path', rings: [[[x - 6, y - 12], [x + width + unitWidth + 10, y - 12], [x + width + unitWidth + 10, y + h + 5], [x - 6, y + h + 5]]], closed: true, fill: BOX },
    rect(x, half, INK), rect(x + half, half, WHITE),
    { type: 'text', x, y: y - 3, text: '0', size, color: INK, anchor: 'middle' },
    { type: 'text', x: x + half, y: y - 3, text: String(km / 2), size, color: INK, anchor: 'middle' },
    { type: 'text', x: x + width, y: y - 3, text: String(km), size, color: INK, anchor: 'middle' },
    { type: 'text', x: x + width + 6, y: y + h, text: unit, size, color: INK, anchor: 'start' },
  ];
}

/** A north arrow (Web Mercator keeps north up): a split arrowhead over the letter. */
export function northArrow([cx, top]: Pt, height: number, letter: string): PrintCommand[] {
  const w = height * 0.36;
  const tip: Pt = [cx, top];
  const base = top + height * 0.72;
  const notch = top + height * 0.56;
  return [
    { type: 'circle', x: cx, y: top + height * 0.5, r: height * 0.62, fill: BOX },
    { type: 'path', rings: [[tip, [cx - w, base], [cx, notch]]], closed: true, fill: INK, stroke: INK, width: 0.6 },
    { type: 'path', rings: [[tip, [cx + w, base], [cx, notch]]], closed: true, fill: WHITE, stroke: INK, width: 0.6 },
    { type: 'text', x: cx, y: top + height + 1, text: letter, size: height * 0.3, color: INK, bold: true, anchor: 'middle' },
  ];
}

/** A small map of Guangdong among its neighbours in southern China, with the main map's extent boxed. */
export function locator(basemap: PrintBasemap, rect: Rect, extent: [number, number][], caption: string): PrintCommand[] {
  const proj = fitBounds(rect, boundsOf(basemap.neighbours.features.flatMap((f) => ringsOf(f.geometry, (p) => [p[0]!, p[1]!]).flat())), 4);
  const draw = (geometry: Parameters<typeof ringsOf>[0]) => tidy(ringsOf(geometry, proj.project));
  const box = extent.map((p) => proj.project(p));
  const { x, y, w, h } = rect;
  return [
    { type: 'clip', x, y, w, h },
    { type: 'path', rings: [[[x, y], [x + w, y], [x + w, y + h], [x, y + h]]], closed: true, fill: [221, 233, 240, 255] },
    ...basemap.neighbours.features.map((f): PrintCommand => ({ type: 'path', rings: draw(f.geometry), closed: true, fill: [235, 233, 227, 255], stroke: [170, 166, 158, 255], width: 0.4 })),
    ...basemap.province.features.map((f): PrintCommand => ({ type: 'path', rings: draw(f.geometry), closed: true, fill: [166, 27, 41, 255], stroke: [90, 20, 25, 255], width: 0.4 })),
    { type: 'path', rings: [box], closed: true, stroke: INK, width: 0.8, dash: [2, 1.5] },
    { type: 'unclip' },
    { type: 'path', rings: [[[x, y], [x + w, y], [x + w, y + h], [x, y + h]]], closed: true, stroke: [120, 120, 120, 255], width: 0.5 },
    { type: 'text', x: x + 3, y: y + h - 3, text: caption, size: 6, color: INK, halo: BOX },
  ];
}
