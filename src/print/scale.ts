/** Round bar lengths in km: a scale bar shows the longest that fits. */
const NICE_KM = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];

/** The longest round distance in km whose bar is at most `maxWidth` units (points on paper, pixels on screen). */
export function scaleBarKm({ metresPerPoint }: { metresPerPoint: number }, maxWidth: number): { km: number; width: number } {
  const maxKm = (maxWidth * metresPerPoint) / 1000;
  const km = [...NICE_KM].reverse().find((k) => k <= maxKm) ?? NICE_KM[0]!;
  return { km, width: (km * 1000) / metresPerPoint };
}

/** Ground metres per CSS pixel of a Web Mercator map (512 px tiles) at a zoom and latitude. */
export const metresPerPixel = (zoom: number, lat: number) =>
  (2 * Math.PI * 6378137 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);

/** The scale bar's unit, in both languages (the same words on the page, in PNGs and in prints). */
export const SCALE_UNIT = '公里 km';
/** The north arrow's letter, in both languages. */
export const NORTH = '北 N';
