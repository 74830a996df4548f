import type { RGBA } from '../layers/palette.ts';
import type { PrintCommand, PrintPage, Pt } from '../print/commands.ts';
import type { FontSet, TextRun } from './print-fonts.ts';
import { runsWidth, textRuns } from './print-fonts.ts';

/** Text as XML character data: a title holding markup stays text. */
export const xmlText = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

const paint = (c: RGBA | undefined) => (c ? `rgb(${c[0]},${c[1]},${c[2]})` : 'none');
const op = (name: string, c: RGBA | undefined) => (c && c[3] < 255 ? ` ${name}="${(c[3] / 255).toFixed(3)}"` : '');
const d = (rings: Pt[][], closed: boolean) =>
  rings.map((ring) => ring.map(([x, y], i) => `${i ? 'L' : 'M'}${x} ${y}`).join('') + (closed ? 'Z' : '')).join('');

/** One page of commands as an SVG document in points, text as runs positioned with the same font metrics as the PDF. */
export function pageSvg(page: PrintPage, set: FontSet): string {
  const out: string[] = [ // xmlns: the SVG namespace name, an identifier, never fetched
    `<svg xmlns="http://www.w3.org/2000/svg" width="${page.width}" height="${page.height}" viewBox="0 0 ${page.width} ${page.height}">`,
    `<rect width="${page.width}" height="${page.height}" fill="#ffffff"/>`,
  ];
  let clips = 0;
  let open = 0;
  for (const c of page.commands) {
    switch (c.type) {
      case 'clip':
        out.push(`<clipPath id="c${clips}"><rect x="${c.x}" y="${c.y}" width="${c.w}" height="${c.h}"/></clipPath><g clip-path="url(#c${clips++})">`);
        open++;
        break;
      case 'unclip':
        if (open) { out.push('</g>'); open--; }
        break;
      case 'path':
        out.push(`<path d="${d(c.rings, c.closed)}" fill="${c.closed ? paint(c.fill) : 'none'}"${op('fill-opacity', c.fill)} fill-rule="nonzero" stroke="${paint(c.stroke)}"${op('stroke-opacity', c.stroke)} stroke-width="${c.width ?? 1}" stroke-linecap="round" stroke-linejoin="round"${c.dash ? ` stroke-dasharray="${c.dash.join(' ')}"` : ''}/>`);
        break;
      case 'circle':
        out.push(`<circle cx="${c.x}" cy="${c.y}" r="${c.r}" fill="${paint(c.fill)}"${op('fill-opacity', c.fill)} stroke="${paint(c.stroke)}"${op('stroke-opacity', c.stroke)} stroke-width="${c.width ?? 1}"/>`);
        break;
      case 'text':
        if (c.text) out.push(textSvg(c, textRuns(set, c.text, c.bold), set));
    }
  }
  while (open--) out.push('</g>');
  out.push('</svg>');
  return out.join('\n');
}

function textSvg(c: Extract<PrintCommand, { type: 'text' }>, runs: TextRun[], set: FontSet): string {
  const width = runsWidth(runs, c.size);
  let x = c.anchor === 'middle' ? c.x - width / 2 : c.anchor === 'end' ? c.x - width : c.x;
  const parts: string[] = [];
  for (const run of runs) {
    const font = set.fonts[run.font]!;
    const attrs = `x="${x.toFixed(2)}" y="${c.y.toFixed(2)}" font-family="${xmlText(font.familyName ?? "Noto Sans SC")}" font-weight="${run.font === 1 ? 700 : 400}" font-size="${c.size}"`;
    if (c.halo) parts.push(`<text ${attrs} fill="none" stroke="${paint(c.halo)}" stroke-width="${(c.size * 0.22).toFixed(2)}" stroke-linejoin="round">${xmlText(run.text)}</text>`);
    parts.push(`<text ${attrs} fill="${paint(c.color)}"${op('fill-opacity', c.color)}>${xmlText(run.text)}</text>`);
    x += run.units * c.size;
  }
  return parts.join('');
}
