// Where a city's marks sit around its label point, in screen pixels (y down): role marks above the name,
// ★ marks under it, the project-count bubble under those. One layout for MapLibre's symbols (offsets in
// ems, by zoom) and deck.gl's bubbles (pixels), so none of them covers another at any zoom or scale.
import type { Lang } from '../filters/state.ts';

/** The city name's size (px, the Chinese line) by zoom, at scale 1. */
export const LABEL_STOPS: readonly (readonly [number, number])[] = [[5, 11], [8, 15], [10, 18]];
/** The English line under a Chinese name, relative to it. */
export const EN_LINE = 0.78;
export const STAR_SIZE = 15;
export const ROLE_SIZE = 16;
export const COUNT_SIZE = 13;
export const LINE_HEIGHT = 1.2; // MapLibre's text-line-height, in ems
const GAP = 2;

/** The city name's size in px at a zoom (MapLibre interpolates the same stops linearly). */
export function labelSize(zoom: number, scale = 1): number {
  const stops = LABEL_STOPS;
  const first = stops[0]!;
  const last = stops[stops.length - 1]!;
  if (zoom <= first[0]) return first[1] * scale;
  if (zoom >= last[0]) return last[1] * scale;
  const i = stops.findIndex(([z]) => z > zoom);
  const [z0, s0] = stops[i - 1]!;
  const [z1, s1] = stops[i]!;
  return (s0 + (s1 - s0) * (zoom - z0) / (z1 - z0)) * scale;
}

/** Half the height of a city's label block: two lines in Chinese (name, English), one in English. */
export const labelHalfHeight = (size: number, lang: Lang) => (LINE_HEIGHT * size * (lang === 'zh' ? 1 + EN_LINE : 1)) / 2;

/** Vertical offsets (px from the label point, down positive) of the marks' centres and the bubble's top. */
export function markOffsets(zoom: number, scale: number, lang: Lang, stars: boolean) {
  const half = labelHalfHeight(labelSize(zoom, scale), lang);
  const star = STAR_SIZE * scale;
  const role = ROLE_SIZE * scale;
  const starsY = half + GAP + (LINE_HEIGHT * star) / 2;
  const rolesY = -(half + GAP + (LINE_HEIGHT * role) / 2);
  const bubbleTop = (stars ? starsY + (LINE_HEIGHT * star) / 2 : half) + GAP * 2;
  return { starsY, rolesY, bubbleTop };
}

/** A bubble's radius (px) for a count of projects. */
export const bubbleRadius = (count: number, scale = 1) => (6 + 1.6 * Math.sqrt(count)) * scale;

/**
 * A MapLibre text-offset (ems of a mark of `size` px) that follows the label's size by zoom: the same
 * stops as the label, each placing the mark at `at(zoom)` px.
 */
export function offsetByZoom(size: number, at: (zoom: number) => number): unknown {
  return ['interpolate', ['linear'], ['zoom'], ...LABEL_STOPS.flatMap(([z]) => [z, ['literal', [0, at(z) / size]]])];
}
