// Where a subject (a selected city) should be framed: inside the part of the map that the legend, the
// comparison and the presenter bar, which lie over the map, leave free. Pure: rectangles in, padding out.

export interface Rect { left: number; top: number; right: number; bottom: number }
export interface Padding { top: number; right: number; bottom: number; left: number }

/**
 * The padding that keeps a framed subject clear of everything lying over the map: each cover is taken off
 * the side of the map where it costs the least area, plus a margin on every side.
 */
export function freePadding(map: Rect, covers: readonly Rect[], margin = 24): Padding {
  const padding: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  for (const c of covers) {
    const x0 = Math.max(c.left, map.left);
    const x1 = Math.min(c.right, map.right);
    const y0 = Math.max(c.top, map.top);
    const y1 = Math.min(c.bottom, map.bottom);
    if (x1 <= x0 || y1 <= y0) continue; // not over the map
    const cuts: [keyof Padding, number, number][] = [ // side, padding it needs, area it costs
      ['left', x1 - map.left, (x1 - map.left) * height],
      ['right', map.right - x0, (map.right - x0) * height],
      ['top', y1 - map.top, (y1 - map.top) * width],
      ['bottom', map.bottom - y0, (map.bottom - y0) * width],
    ];
    const [side, size] = cuts.reduce((best, cut) => (cut[2] < best[2] ? cut : best));
    padding[side] = Math.max(padding[side], size);
  }
  // never more than most of the map: a tiny screen still frames the subject somewhere
  const fit = (a: number, b: number, total: number) => {
    const room = total * 0.8;
    const sum = a + b + 2 * margin;
    return sum <= room ? [a + margin, b + margin] : [(a + margin) * room / sum, (b + margin) * room / sum];
  };
  const [left, right] = fit(padding.left, padding.right, width) as [number, number];
  const [top, bottom] = fit(padding.top, padding.bottom, height) as [number, number];
  return { top, right, bottom, left };
}

/** Whether a rectangle on the map (a subject's projected bounds) lies wholly inside the free part. */
export function insideFree(subject: Rect, map: Rect, padding: Padding): boolean {
  return subject.left >= map.left + padding.left && subject.right <= map.right - padding.right
    && subject.top >= map.top + padding.top && subject.bottom <= map.bottom - padding.bottom;
}
