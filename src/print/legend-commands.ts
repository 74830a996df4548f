import type { LegendSection } from '../layers/legend.ts';
import type { RGBA } from '../layers/palette.ts';
import type { PrintCommand } from './commands.ts';
import { marksRow } from './marks.ts';
import { fit } from './measure.ts';

const INK: RGBA = [31, 42, 51, 255];
const MUTED: RGBA = [90, 90, 90, 255];

/** Rows a legend takes: one per section title and one per entry. */
export const legendRows = (sections: LegendSection[]) => sections.reduce((n, s) => n + 1 + (s.grid ? GRID_ROWS : s.entries.length), 0);
// a bivariate square takes five rows: the second variable's name, three rows of cells, the first variable's name
const GRID_ROWS = 5;

/**
 * The legend as drawn on paper, from the same sections the page's legend shows (layers/legend.ts),
 * flowing into `columns` columns of the given width from (x, y); returns the commands and the height used.
 */
export function legendCommands(
  sections: LegendSection[], lang: 'zh' | 'en', heading: string,
  at: { x: number; y: number; width: number; columns: number; row: number },
): { commands: PrintCommand[]; height: number } {
  const { row, width } = at;
  const size = row * 0.68;
  const out: PrintCommand[] = [{ type: 'text', x: at.x, y: at.y + row * 0.9, text: heading, size: row * 0.9, color: INK, bold: true }];
  const top = at.y + row * 1.5;
  const perColumn = Math.ceil(legendRows(sections) / at.columns);
  let n = 0;
  let bottom = top;
  const place = () => {
    const column = Math.floor(n / perColumn);
    const y = top + (n % perColumn) * row;
    n++;
    bottom = Math.max(bottom, y + row);
    return { x: at.x + column * (width + 12), y };
  };
  for (const section of sections) {
    const { x, y } = place();
    out.push({ type: 'text', x, y: y + row * 0.75, text: fit(section.title[lang], size, width), size, color: INK, bold: true });
    if (section.grid) {
      const g = section.grid;
      const rows = Array.from({ length: GRID_ROWS }, place);
      const cell = row * 0.95;
      out.push({ type: 'text', x: rows[0]!.x, y: rows[0]!.y + row * 0.72, text: fit(`↑ ${g.y[lang]}`, size, width), size, color: INK });
      for (let j = 0; j < 3; j++) {
        const top = rows[3 - j]!.y; // the highest tercile of the second variable on top
        for (let i = 0; i < 3; i++) {
          const left = rows[0]!.x + 8 + i * cell;
          out.push({ type: 'path', rings: [[[left, top], [left + cell, top], [left + cell, top + cell], [left, top + cell]]], closed: true, fill: g.colors[j]![i]!, stroke: [255, 255, 255, 255], width: 0.4 });
          if (g.counts[j]![i]!) out.push({ type: 'text', x: left + cell / 2, y: top + cell * 0.68, text: String(g.counts[j]![i]!), size: size * 0.8, color: j + i >= 3 ? [255, 255, 255, 255] : INK, anchor: 'middle' });
        }
      }
      out.push({ type: 'text', x: rows[4]!.x, y: rows[4]!.y + row * 0.72, text: fit(`→ ${g.x[lang]}`, size, width), size, color: INK });
      continue;
    }
    for (const e of section.entries) {
      const { x, y } = place();
      const mid = y + row * 0.48;
      const sw = row * 1.3;
      if (e.shape === 'fill') out.push({ type: 'path', rings: [[[x, y + row * 0.15], [x + sw, y + row * 0.15], [x + sw, y + row * 0.8], [x, y + row * 0.8]]], closed: true, fill: e.swatch, stroke: [160, 160, 160, 255], width: 0.4 });
      else if (e.shape === 'line') out.push({ type: 'path', rings: [[[x, mid], [x + sw, mid]]], closed: false, stroke: e.swatch, width: row * 0.2 });
      else if (e.shape === 'dot') out.push({ type: 'circle', x: x + sw / 2, y: mid, r: row * 0.26, fill: e.swatch, stroke: [255, 255, 255, 255], width: 0.5 });
      else out.push(...marksRow(e.mark ?? '', x + sw / 2, mid, row * 0.6, e.swatch));
      const countWidth = e.count === null ? 0 : size * 2;
      out.push({ type: 'text', x: x + sw + 5, y: y + row * 0.72, text: fit(e.label[lang], size, width - sw - 8 - countWidth), size, color: INK });
      if (e.count !== null) out.push({ type: 'text', x: x + width, y: y + row * 0.72, text: String(e.count), size, color: MUTED, anchor: 'end' });
    }
  }
  return { commands: out, height: bottom - at.y };
}
