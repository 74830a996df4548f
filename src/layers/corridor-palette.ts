import type { CorridorKind } from '../model/index.ts';
import type { RGBA } from './palette.ts';

/** One hue per kind of axis (Okabe–Ito, colour-blind safe), distinct from the zone and rank fills. */
export const CORRIDOR_COLORS: Record<CorridorKind, RGBA> = {
  industrial_belt: [213, 94, 0, 255],      // vermillion
  development_belt: [204, 121, 167, 255],  // reddish purple
  innovation_corridor: [0, 114, 178, 255], // blue
  economic_belt: [0, 158, 115, 255],       // bluish green
  transport_axis: [86, 86, 86, 255],       // grey
  tourism_belt: [230, 159, 0, 255],        // orange
};
