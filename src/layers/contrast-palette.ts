import type { Rank } from '../model/index.ts';
import type { Theme } from '../filters/state.ts';
import { CITY_LINE, RANK_COLORS, type RGBA } from './palette.ts';

// The high-contrast theme (theme=contrast): for projectors, which wash out light tints, and for low vision.
// The same rank hue, with the lightness steps pushed apart, and black city outlines instead of white.

/** Rank fills for the contrast theme: darker core, brighter general, still one hue (and ★ marks on every rank). */
export const CONTRAST_RANK_COLORS: Record<Rank, RGBA> = {
  core: [110, 0, 20, 255],
  key: [225, 80, 30, 255],
  general: [255, 222, 120, 255],
};
export const CONTRAST_CITY_LINE: RGBA = [0, 0, 0, 255];

/** The rank fills of a theme. */
export const rankColors = (theme: Theme | undefined): Record<Rank, RGBA> => (theme === 'contrast' ? CONTRAST_RANK_COLORS : RANK_COLORS);

/** The city outline colour and width (px) of a theme. */
export const cityLine = (theme: Theme | undefined): { color: RGBA; width: number } =>
  theme === 'contrast' ? { color: CONTRAST_CITY_LINE, width: 1.8 } : { color: CITY_LINE, width: 1.2 };
