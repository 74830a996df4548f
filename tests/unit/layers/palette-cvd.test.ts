import { describe, expect, it } from 'vitest';
import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, type Color } from 'culori';
import { CORRIDOR_COLORS } from '../../../src/layers/corridor-palette.ts';
import {
  COUNT_STEPS, KIND_COLORS, METRO_COLORS, RANK_COLORS, SUB_SECTOR_ROLE_COLORS, UNRANKED, ZONE_COLORS, type RGBA,
} from '../../../src/layers/palette.ts';
import { CONTRAST_RANK_COLORS } from '../../../src/layers/contrast-palette.ts';

// Colour-vision deficiencies simulated with culori's filters, which apply the matrices of
// G. M. Machado, M. M. Oliveira, L. A. F. Fernandes, "A Physiologically-based Model for Simulation of Color
// Vision Deficiency", IEEE TVCG 15(6):1291–1298, 2009 (doi:10.1109/TVCG.2009.113), at severity 1 (dichromacy).
// Colour difference: CIEDE2000 (Sharma, Wu, Dalal 2005). 10 is "clearly different at a glance" for map keys.
const MIN_DE = 10;
const de = differenceCiede2000();
const rgb = ([r, g, b]: RGBA): Color => ({ mode: 'rgb', r: r / 255, g: g / 255, b: b / 255 });
const VISION = { normal: (c: Color) => c, protanopia: filterDeficiencyProt(1), deuteranopia: filterDeficiencyDeuter(1), tritanopia: filterDeficiencyTrit(1) };

/** Each legend's entries, in legend order; every pair is checked, not only neighbours, as a map mixes them. */
const PALETTES: Record<string, RGBA[]> = {
  rank: [RANK_COLORS.core, RANK_COLORS.key, RANK_COLORS.general, UNRANKED],
  'rank (contrast theme)': [CONTRAST_RANK_COLORS.core, CONTRAST_RANK_COLORS.key, CONTRAST_RANK_COLORS.general, UNRANKED],
  kind: Object.values(KIND_COLORS),
  zone: Object.values(ZONE_COLORS),
  metro: Object.values(METRO_COLORS),
  'core-cluster count': COUNT_STEPS.map((s) => s.color),
  'sub-sector role': Object.values(SUB_SECTOR_ROLE_COLORS),
  corridor: Object.values(CORRIDOR_COLORS),
};

/** The closest pair of a palette as seen with a vision, and how far apart it is. */
function closest(colors: RGBA[], see: (c: Color) => Color): { pair: [number, number]; de: number } {
  let best = { pair: [0, 0] as [number, number], de: Infinity };
  for (let i = 0; i < colors.length; i++) for (let j = i + 1; j < colors.length; j++) {
    const d = de(see(rgb(colors[i]!)), see(rgb(colors[j]!)));
    if (d < best.de) best = { pair: [i, j], de: d };
  }
  return best;
}

describe('palettes for every eye (CIEDE2000 ≥ 10 between any two entries)', () => {
  for (const [name, colors] of Object.entries(PALETTES)) {
    for (const [vision, see] of Object.entries(VISION)) {
      it(`${name}, ${vision}`, () => {
        const { pair, de: d } = closest(colors, see);
        expect({ pair, ok: d >= MIN_DE, de: Math.round(d * 10) / 10 }).toMatchObject({ ok: true });
      });
    }
  }

  it('the check can fail: the former warm grey "other" project kind beside bluish-green "ecology" under protanopia', () => {
    expect(closest([KIND_COLORS.ecology, [130, 120, 110, 255]], VISION.protanopia).de).toBeLessThan(MIN_DE);
  });
});

describe('ranks never rely on colour alone', () => {
  it('every rank carries its ★ marks in the legend, in both languages', async () => {
    const { both } = await import('../../../src/i18n/strings.ts');
    const { RANK_STARS } = await import('../../../src/model/index.ts');
    for (const rank of ['core', 'key', 'general'] as const) {
      const { zh, en } = both(`rank.${rank}`);
      expect([zh.includes(RANK_STARS[rank]), en.includes(RANK_STARS[rank])]).toEqual([true, true]);
    }
  });
});
