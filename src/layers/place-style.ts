import type { SubSectorRole } from '../model/index.ts';
import { SUB_SECTOR_ROLE_COLORS, type RGBA } from './palette.ts';

// How a sub-sector's districts look, shared by the deck.gl layer and the legend (which must not load deck.gl).
export const PLACE_FILL_ALPHA = 110;
export const PLACE_LINE: RGBA = [25, 25, 25, 230];

/** A unit's fill: its city's role colour, translucent so the city's colour and outline show through. */
export const placeFill = (role: SubSectorRole): RGBA => {
  const [r, g, b] = SUB_SECTOR_ROLE_COLORS[role];
  return [r, g, b, PLACE_FILL_ALPHA];
};
