import type { RGBA } from '../layers/palette.ts';
import type { PrintCommand, Pt } from './commands.ts';

const WHITE: RGBA = [255, 255, 255, 235];

/** One role mark (◎ ◆ ▲, as roles.ts draws them in text) as vector shapes centred at (x, y), `size` across. */
export function markShape(mark: string, x: number, y: number, size: number, colour: RGBA): PrintCommand[] {
  const r = size / 2;
  const halo = { stroke: WHITE, width: size * 0.16 };
  switch (mark) {
    case '◎': return [
      { type: 'circle', x, y, r, ...halo },
      { type: 'circle', x, y, r: r * 0.92, stroke: colour, width: size * 0.1 },
      { type: 'circle', x, y, r: r * 0.45, stroke: colour, width: size * 0.1 },
    ];
    case '◆': {
      const ring: Pt[] = [[x, y - r], [x + r * 0.8, y], [x, y + r], [x - r * 0.8, y]];
      return [{ type: 'path', rings: [ring], closed: true, fill: colour, ...halo }, { type: 'path', rings: [ring], closed: true, fill: colour }];
    }
    case '▲': {
      const ring: Pt[] = [[x, y - r], [x + r, y + r * 0.75], [x - r, y + r * 0.75]];
      return [{ type: 'path', rings: [ring], closed: true, fill: colour, ...halo }, { type: 'path', rings: [ring], closed: true, fill: colour }];
    }
    default: return [{ type: 'text', x, y: y + r * 0.7, text: mark, size, color: colour, anchor: 'middle' }];
  }
}

/** Several marks side by side, centred at (x, y). */
export function marksRow(marks: string, x: number, y: number, size: number, colour: RGBA): PrintCommand[] {
  const list = [...marks];
  const step = size * 1.15;
  const x0 = x - ((list.length - 1) * step) / 2;
  return list.flatMap((m, i) => markShape(m, x0 + i * step, y, size, colour));
}
