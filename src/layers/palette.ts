import type { MetroId, ProjectKind, Rank, SubSectorRole, ZoneId } from '../model/index.ts';

export type RGBA = [number, number, number, number];

/** Okabe–Ito hues: distinct for the common colour-vision deficiencies. */
export const ZONE_COLORS: Record<ZoneId, RGBA> = {
  prd: [0, 114, 178, 255],       // blue
  east_wing: [230, 159, 0, 255], // orange
  west_wing: [204, 121, 167, 255], // reddish purple
  north: [0, 158, 115, 255],     // bluish green
};

/** One hue, three lightness steps, so ranks read apart in greyscale as well as in colour. */
export const RANK_COLORS: Record<Rank, RGBA> = {
  core: [166, 27, 41, 255],
  key: [234, 120, 72, 255],
  general: [250, 205, 145, 255],
};
export const UNRANKED: RGBA = [236, 234, 228, 255];
export const DIMMED: RGBA = [214, 214, 210, 150];
export const CITY_LINE: RGBA = [255, 255, 255, 255];
export const SELECTED_LINE: RGBA = [20, 20, 20, 255];
export const HOVER_LINE: RGBA = [60, 60, 60, 255];
export const METRO_LINE: RGBA = [70, 40, 120, 255];

/** Sequential steps for "number of core clusters" (0, 1–2, 3–5, 6–9, 10+). */
export const COUNT_STEPS: { min: number; color: RGBA }[] = [
  { min: 10, color: [103, 0, 13, 255] },
  { min: 6, color: [187, 21, 26, 255] },
  { min: 3, color: [239, 101, 72, 255] },
  { min: 1, color: [252, 187, 161, 255] },
  { min: 0, color: [245, 242, 236, 255] },
];

export function countColor(count: number): RGBA {
  return (COUNT_STEPS.find((s) => count >= s.min) ?? COUNT_STEPS[COUNT_STEPS.length - 1]!).color;
}

/** Zone colour washed out toward white, for fills under labels. */
export function zoneFill(zone: ZoneId, alpha = 255): RGBA {
  return washOut(ZONE_COLORS[zone], 0.45, alpha);
}

/** A colour mixed toward white, keeping `keep` of it. */
function washOut([r, g, b]: RGBA, keep: number, alpha = 255): RGBA {
  const mix = (c: number) => Math.round(c * keep + 255 * (1 - keep));
  return [mix(r), mix(g), mix(b), alpha];
}

export const cssColor = ([r, g, b, a]: RGBA) => `rgba(${r},${g},${b},${(a / 255).toFixed(2)})`;

/** One hue per project kind (Okabe–Ito first, then two neutrals), with a white rim for contrast on fills. */
export const KIND_COLORS: Record<ProjectKind, RGBA> = {
  industrial_project: [213, 94, 0, 255],   // vermillion
  industrial_park: [0, 114, 178, 255],     // blue
  innovation_platform: [204, 121, 167, 255], // reddish purple
  transport: [40, 40, 40, 255],            // near-black
  energy: [230, 159, 0, 255],              // orange
  water: [86, 180, 233, 255],              // sky blue
  ecology: [0, 158, 115, 255],             // bluish green
  other: [100, 92, 85, 255],               // dark warm grey (apart from bluish green under protanopia)
};
export const PROJECT_RIM: RGBA = [255, 255, 255, 230];

/** The analyst's imported layer: one hue no plan layer uses. */
export const IMPORTED_COLOR: RGBA = [17, 119, 51, 255];

/** Outline colours for the role a 专栏 gives a city in a sub-sector (strongest darkest). */
export const SUB_SECTOR_ROLE_COLORS: Record<SubSectorRole, RGBA> = {
  core: [103, 0, 13, 255],
  base: [0, 90, 160, 255],
  support: [0, 140, 100, 255],
  supporting: [200, 120, 0, 255],
  named: [160, 160, 160, 255], // light grey: apart from the support green under deuteranopia
};

/** One hue per metropolitan area; whole-city members in the hue, urban-part members washed out. */
export const METRO_COLORS: Record<MetroId, RGBA> = {
  guangzhou: [213, 94, 0, 255],
  shenzhen: [0, 114, 178, 255],
  pearl_west: [0, 158, 115, 255],
  shantou_chaozhou_jieyang: [204, 121, 167, 255],
  zhanjiang_maoming: [230, 159, 0, 255],
};

export function metroFill(metro: MetroId, scope: 'full' | 'part'): RGBA {
  return washOut(METRO_COLORS[metro], scope === 'full' ? 0.6 : 0.22);
}

/** The ring and label border of the project whose panel is open; grey when the filters hide it. */
export const PROJECT_RING: RGBA = [214, 39, 40, 255];
export const PROJECT_RING_HIDDEN: RGBA = [110, 110, 110, 255];
