import { describe, expect, it } from 'vitest';
import { freePadding, insideFree } from '../../../src/ui/map/framing.ts';

const map = { left: 0, top: 0, right: 1000, bottom: 600 };

describe('freePadding (framing a selected city where nothing covers it)', () => {
  it('takes the legend in the lower right off the side where it costs least, plus the margin', () => {
    const legend = { left: 700, top: 350, right: 988, bottom: 572 }; // 288 wide, 222 high
    expect(freePadding(map, [legend], 20)).toEqual({ top: 20, right: 320, bottom: 20, left: 20 });
  });

  it('takes a presenter bar across the bottom off the bottom', () => {
    const bar = { left: 16, top: 480, right: 876, bottom: 566 };
    expect(freePadding(map, [bar], 0)).toMatchObject({ bottom: 120, left: 0, right: 0, top: 0 });
  });

  it('ignores what lies outside the map, and never leaves less than a fifth of it', () => {
    expect(freePadding(map, [{ left: 1100, top: 0, right: 1300, bottom: 100 }], 10)).toEqual({ top: 10, right: 10, bottom: 10, left: 10 });
    const huge = freePadding(map, [{ left: 100, top: 0, right: 1000, bottom: 600 }], 10);
    expect(map.right - map.left - huge.left - huge.right).toBeGreaterThanOrEqual(199);
  });

  it('says whether a subject is wholly in the free part', () => {
    const padding = { top: 20, right: 320, bottom: 20, left: 20 };
    expect(insideFree({ left: 100, top: 100, right: 300, bottom: 300 }, map, padding)).toBe(true);
    expect(insideFree({ left: 600, top: 400, right: 760, bottom: 500 }, map, padding)).toBe(false); // under the legend
  });
});
