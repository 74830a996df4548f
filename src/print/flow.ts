import type { RGBA } from '../layers/palette.ts';
import type { PrintCommand } from './commands.ts';
import { wrap } from './measure.ts';
import type { Rect } from './mercator.ts';

const INK: RGBA = [31, 42, 51, 255];
const MUTED: RGBA = [95, 95, 95, 255];

/** A paragraph for a text flow: a heading, a body line, or a quiet note (sources). */
export interface Para { text: string; style: 'heading' | 'body' | 'note' }

/**
 * Lays paragraphs into columns top to bottom, wrapping lines; what does not fit is counted, not drawn
 * (the caller says how many items were left out).
 */
export function flowText(paras: Para[], columns: Rect[], size: number): { commands: PrintCommand[]; overflow: number } {
  const out: PrintCommand[] = [];
  let col = 0;
  let y = columns[0]!.y;
  let overflow = 0;
  for (const p of paras) {
    const s = p.style === 'heading' ? size * 1.1 : p.style === 'note' ? size * 0.82 : size;
    const lead = s * 1.4;
    const rect = columns[col];
    if (!rect) { overflow++; continue; }
    const lines = wrap(p.text, s, rect.w - (p.style === 'note' ? 8 : 0));
    const before = p.style === 'heading' ? size * 0.6 : 0;
    if (y + before + lines.length * lead > rect.y + rect.h) {
      col++;
      const next = columns[col];
      if (!next) { overflow++; continue; }
      y = next.y;
    } else y += before;
    const r = columns[col]!;
    for (const line of lines) {
      y += lead;
      out.push({ type: 'text', x: r.x + (p.style === 'note' ? 8 : 0), y: y - lead * 0.28, text: line, size: s, color: p.style === 'note' ? MUTED : INK, bold: p.style === 'heading' });
    }
  }
  return { commands: out, overflow };
}
