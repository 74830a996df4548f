import type { LegendSection } from '../../layers/legend.ts';
import type { BivariateGrid } from '../../layers/bivariate.ts';
import { cssColor } from '../../layers/palette.ts';
import { t } from '../../i18n/strings.ts';
import { NORTH, SCALE_UNIT, scaleBarKm } from '../../print/scale.ts';

export interface PngCaption {
  title: string;
  filters: string;        // the filters in words ("" = none)
  legend: LegendSection[];
  lang: 'zh' | 'en';
  attribution: string;
  note: string;           // "boundaries are indicative"
}

const FONT = '"Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif';

/** Draws the captured map with a title band, its legend, the filters and the attribution: a picture that stands alone. */
export function composePng(map: HTMLCanvasElement, ratio: number, caption: PngCaption): HTMLCanvasElement {
  const band = 64 * ratio;
  const foot = 26 * ratio;
  const out = document.createElement('canvas');
  out.width = map.width;
  out.height = map.height + band + foot;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(map, 0, band);
  ctx.fillStyle = '#1f2a33';
  ctx.fillRect(0, 0, out.width, band);
  ctx.fillStyle = '#ffffff';
  ctx.textBaseline = 'alphabetic';
  ctx.font = `600 ${22 * ratio}px ${FONT}`;
  ctx.fillText(caption.title, 16 * ratio, 30 * ratio);
  ctx.font = `${13 * ratio}px ${FONT}`;
  ctx.fillStyle = '#d5dde3';
  ctx.fillText(caption.filters || t('noFilters', caption.lang), 16 * ratio, 52 * ratio);
  drawLegend(ctx, caption, ratio, out.width, band + map.height);
  const mpp = Number(map.dataset.metresPerPixel);
  if (mpp > 0) drawScaleNorth(ctx, ratio, mpp, band, band + map.height, out.width);
  ctx.fillStyle = '#555';
  ctx.font = `${11 * ratio}px ${FONT}`;
  ctx.fillText(`${caption.attribution} · ${caption.note}`, 10 * ratio, out.height - 9 * ratio);
  return out;
}

/**
 * `text` broken into lines no wider than `max` (as the context's font measures them): at spaces where
 * there are any (English), else between any two characters (Chinese), so no heading runs out of its box.
 */
export function wrapLines(measure: (text: string) => number, text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(/\S+\s*|\s+/g) ?? []) {
    const pieces = measure(token.trimEnd()) <= max ? [token] : [...token]; // a word too long for a line breaks anywhere
    for (const piece of pieces) {
      if (line && measure((line + piece).trimEnd()) > max) { lines.push(line.trimEnd()); line = piece.trimStart(); }
      else line += piece;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.length ? lines : [''];
}

function drawLegend(ctx: CanvasRenderingContext2D, caption: PngCaption, ratio: number, width: number, bottom: number): void {
  const line = 17 * ratio;
  const boxW = 230 * ratio;
  const titleFont = `600 ${12 * ratio}px ${FONT}`;
  const entryFont = `${12 * ratio}px ${FONT}`;
  const wrap = (font: string, text: string, max: number) => { ctx.font = font; return wrapLines((t) => ctx.measureText(t).width, text, max); };
  const sections = caption.legend.map((section) => ({
    title: wrap(titleFont, section.title[caption.lang], boxW - 20 * ratio),
    entries: section.entries.map((e) => ({ e, label: wrap(entryFont, e.label[caption.lang], boxW - (e.count === null ? 46 : 76) * ratio) })),
  }));
  const rows = sections.reduce((n, s, i) => n + s.title.length + (caption.legend[i]!.grid ? 5 : s.entries.reduce((m, x) => m + x.label.length, 0)), 0); // a bivariate square: 5 rows
  if (!rows) return;
  const boxH = rows * line + 14 * ratio;
  const x0 = width - boxW - 12 * ratio;
  let y = bottom - boxH - 12 * ratio;
  ctx.fillStyle = 'rgba(255,255,255,0.94)';
  ctx.strokeStyle = '#d9d4c7';
  ctx.lineWidth = ratio;
  ctx.fillRect(x0, y, boxW, boxH);
  ctx.strokeRect(x0, y, boxW, boxH);
  y += 7 * ratio;
  sections.forEach((section, i) => {
    const grid = caption.legend[i]!.grid;
    ctx.fillStyle = '#222';
    ctx.font = titleFont;
    for (const text of section.title) { ctx.fillText(text, x0 + 10 * ratio, y + 12 * ratio); y += line; }
    ctx.font = entryFont;
    if (grid) { y = drawGrid(ctx, grid, caption.lang, x0, y, line, ratio); return; }
    for (const { e, label } of section.entries) {
      ctx.fillStyle = cssColor(e.swatch);
      ctx.strokeStyle = cssColor(e.swatch);
      if (e.shape === 'line') { ctx.lineWidth = 3 * ratio; ctx.beginPath(); ctx.moveTo(x0 + 10 * ratio, y + 8 * ratio); ctx.lineTo(x0 + 28 * ratio, y + 8 * ratio); ctx.stroke(); }
      else if (e.shape === 'mark') { ctx.fillStyle = '#1f2a33'; ctx.fillText(e.mark ?? '', x0 + 12 * ratio, y + 13 * ratio); }
      else if (e.shape === 'dot') { ctx.beginPath(); ctx.arc(x0 + 19 * ratio, y + 8 * ratio, 5 * ratio, 0, Math.PI * 2); ctx.fill(); }
      else ctx.fillRect(x0 + 10 * ratio, y + 2 * ratio, 18 * ratio, 12 * ratio);
      ctx.fillStyle = '#222';
      if (e.count !== null) { ctx.textAlign = 'right'; ctx.fillText(String(e.count), x0 + boxW - 10 * ratio, y + 12 * ratio); ctx.textAlign = 'left'; }
      for (const text of label) { ctx.fillText(text, x0 + 36 * ratio, y + 12 * ratio); y += line; }
    }
  });
}

/** A bivariate map's 3×3 square with its axes named (the second variable's name above, the first's below); returns the next y. */
function drawGrid(ctx: CanvasRenderingContext2D, g: BivariateGrid, lang: 'zh' | 'en', x0: number, y: number, line: number, ratio: number): number {
  ctx.font = `${11 * ratio}px ${FONT}`;
  ctx.fillStyle = '#222';
  ctx.fillText(`↑ ${g.y[lang]}`, x0 + 10 * ratio, y + 12 * ratio, 210 * ratio);
  const cell = line;
  const top = y + line;
  for (let j = 0; j < 3; j++) for (let i = 0; i < 3; i++) {
    ctx.fillStyle = cssColor(g.colors[j]![i]!);
    ctx.fillRect(x0 + 18 * ratio + i * cell, top + (2 - j) * cell, cell - ratio, cell - ratio);
  }
  ctx.fillStyle = '#222';
  ctx.fillText(`→ ${g.x[lang]}`, x0 + 10 * ratio, top + 3 * cell + 12 * ratio, 210 * ratio);
  ctx.font = `${12 * ratio}px ${FONT}`;
  return y + 5 * line;
}

/** A scale bar (公里 km) at the map's bottom left and a north arrow at its top right, as on the page. */
function drawScaleNorth(ctx: CanvasRenderingContext2D, ratio: number, metresPerPixel: number, top: number, bottom: number, width: number): void {
  const { km, width: bar } = scaleBarKm({ metresPerPoint: metresPerPixel }, 110);
  const x = 12 * ratio;
  const y = bottom - 14 * ratio;
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(x - 4 * ratio, y - 14 * ratio, bar * ratio + 70 * ratio, 22 * ratio);
  ctx.fillStyle = '#1f2a33';
  ctx.fillRect(x, y, (bar / 2) * ratio, 4 * ratio);
  ctx.strokeStyle = '#1f2a33';
  ctx.lineWidth = ratio;
  ctx.strokeRect(x, y, bar * ratio, 4 * ratio);
  ctx.font = `${11 * ratio}px ${FONT}`;
  ctx.fillText(`${km} ${SCALE_UNIT}`, x + bar * ratio + 6 * ratio, y + 5 * ratio);
  const cx = width - 24 * ratio;
  const cy = top + 12 * ratio;
  ctx.beginPath(); ctx.moveTo(cx, cy); ctx.lineTo(cx - 7 * ratio, cy + 18 * ratio); ctx.lineTo(cx, cy + 14 * ratio); ctx.closePath(); ctx.fill();
  ctx.beginPath(); ctx.moveTo(cx, cy); ctx.lineTo(cx + 7 * ratio, cy + 18 * ratio); ctx.lineTo(cx, cy + 14 * ratio); ctx.closePath(); ctx.fillStyle = '#fff'; ctx.fill(); ctx.stroke();
  ctx.fillStyle = '#1f2a33';
  ctx.textAlign = 'center';
  ctx.fillText(NORTH, cx, cy + 30 * ratio);
  ctx.textAlign = 'left';
}

/** Canvas → PNG Blob. */
export const canvasToBlob = (canvas: HTMLCanvasElement) => new Promise<Blob>((resolve, reject) =>
  canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
