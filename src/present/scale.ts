// How large presenting draws its type and marks: a pure function of the screen, so a projector at
// 1920×1080 reads as well as a laptop at 1280×720. Not presenting, everything keeps its desk size (1).

/** The screen presenting is designed at, and the factor it gets there (a room reads from further away). */
const BASE = { width: 1280, height: 720, scale: 1.2 };
const MIN = 1;
const MAX = 3;
const STEP = 0.05; // a resize by a few pixels does not rebuild the layers

/** The factor by which presenting scales labels, marks and its chrome's type on a viewport of this size. */
export function presentScale(width: number, height: number, present: boolean): number {
  if (!present || !(width > 0) || !(height > 0)) return 1;
  const fit = Math.min(width / BASE.width, height / BASE.height) * BASE.scale;
  const clamped = Math.min(MAX, Math.max(MIN, fit));
  return Math.round(clamped / STEP) * STEP;
}
