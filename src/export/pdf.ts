import {
  clip, closePath, endPath, fill, fillAndStroke, LineCapStyle, lineTo, moveTo, PDFDocument, popGraphicsState, pushGraphicsState,
  rectangle, rgb, setDashPattern, setFillingRgbColor, setLineCap, stroke, type PDFOperator,
  setLineJoin, LineJoinStyle, setLineWidth, setStrokingRgbColor, setTextRenderingMode, TextRenderingMode, type PDFFont, type PDFPage,
} from 'pdf-lib';
import type { RGBA } from '../layers/palette.ts';
import type { PrintCommand, PrintDocument, Pt } from '../print/commands.ts';
import fontkit from '@pdf-lib/fontkit';
import { loadFonts, runsWidth, subsetFonts, textRuns, type PrintAssets, type TextRun } from './print-fonts.ts';

// short numbers make a smaller content stream, which pdf-lib deflates faster
const c3 = (v: number) => Math.round((v / 255) * 1000) / 1000;
const colour = ([r, g, b]: RGBA) => rgb(c3(r), c3(g), c3(b));
const r2 = (v: number) => Math.round(v * 100) / 100;
const alpha = (c: RGBA) => Math.round((c[3] / 255) * 1000) / 1000;
const pathData = (rings: Pt[][], closed: boolean) =>
  rings.map((ring) => ring.map(([x, y], i) => `${i ? 'L' : 'M'}${x} ${y}`).join('') + (closed ? 'Z' : '')).join('');

// subset tags (six capitals + '+') are fixed, so the same document gives the same bytes
const FONT_NAMES = ['GDMAPA+NotoSansSC-Regular', 'GDMAPB+NotoSansSC-Bold', 'GDMAPC+NotoSansSC-Symbols', 'GDMAPD+NotoSansSC-Symbols', 'GDMAPE+NotoSansSC-Symbols', 'GDMAPF+NotoSansSC-Symbols'];

/**
 * A print document as PDF bytes (pdf-lib): vector paths and text in embedded font subsets, and
 * fixed metadata (creation date = the document's date, no clock), so the page and the CLI write
 * the same bytes. Text is drawn as text, never parsed: a title holding PDF or SVG syntax stays literal.
 */
export async function toPdf(doc: PrintDocument, assets: PrintAssets): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(fontkit);
  const date = new Date(`${doc.date.padEnd(10, '-01').slice(0, 10)}T00:00:00Z`);
  pdf.setTitle(doc.title, { showInWindowTitleBar: true });
  pdf.setSubject(doc.subject);
  pdf.setAuthor('广东省区域发展布局地图 Guangdong Regional Layout Map');
  pdf.setCreator('guangdong-layout-map');
  pdf.setProducer('pdf-lib');
  pdf.setLanguage(doc.lang === 'zh' ? 'zh-CN' : 'en');
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
  // text → runs per font; each font is cut to its characters by harfbuzz and embedded whole
  const set = await loadFonts(assets.fonts);
  const runs = new Map<PrintCommand, TextRun[]>();
  for (const p of doc.pages) for (const c of p.commands) if (c.type === 'text' && c.text) runs.set(c, textRuns(set, c.text, c.bold));
  const subsets = await subsetFonts(set, [...runs.values()].flat(), assets.harfbuzz);
  const fonts = await Promise.all(subsets.map((bytes, i) => (bytes ? pdf.embedFont(bytes, { customName: FONT_NAMES[i] ?? `NotoSansSC-${i}` }) : null)));
  for (const p of doc.pages) {
    const page = pdf.addPage([p.width, p.height]);
    for (const c of p.commands) draw(page, c, runs.get(c) ?? [], fonts);
  }
  return pdf.save({ useObjectStreams: true });
}

function draw(page: PDFPage, c: PrintCommand, runs: TextRun[], fonts: (PDFFont | null)[]): void {
  const H = page.getHeight();
  switch (c.type) {
    case 'clip':
      page.pushOperators(pushGraphicsState(), rectangle(c.x, H - c.y - c.h, c.w, c.h), clip(), endPath());
      return;
    case 'unclip':
      page.pushOperators(popGraphicsState());
      return;
    case 'path': {
      if (!c.rings.length) return;
      if ((!c.fill || c.fill[3] === 255) && (!c.stroke || c.stroke[3] === 255)) { opaquePath(page, c, H); return; }
      page.drawSvgPath(pathData(c.rings, c.closed), {
        x: 0, y: H,
        ...(c.fill && c.closed ? { color: colour(c.fill), opacity: alpha(c.fill) } : {}),
        ...(c.stroke ? { borderColor: colour(c.stroke), borderOpacity: alpha(c.stroke), borderWidth: c.width ?? 1, borderLineCap: LineCapStyle.Round } : {}),
        ...(c.dash ? { borderDashArray: c.dash } : {}),
      });
      return;
    }
    case 'circle':
      page.drawCircle({
        x: c.x, y: H - c.y, size: c.r,
        ...(c.fill ? { color: colour(c.fill), opacity: alpha(c.fill) } : {}),
        ...(c.stroke ? { borderColor: colour(c.stroke), borderOpacity: alpha(c.stroke), borderWidth: c.width ?? 1 } : {}),
      });
      return;
    case 'text': {
      if (!c.text) return;
      const width = runsWidth(runs, c.size);
      let x = c.anchor === 'middle' ? c.x - width / 2 : c.anchor === 'end' ? c.x - width : c.x;
      const y = H - c.y;
      for (const run of runs) {
        const font = fonts[run.font]!;
        if (c.halo) {
          const [r, g, b] = c.halo;
          page.pushOperators(
            pushGraphicsState(), setTextRenderingMode(TextRenderingMode.Outline), setLineJoin(LineJoinStyle.Round),
            setLineWidth(r2(c.size * 0.22)), setStrokingRgbColor(c3(r), c3(g), c3(b)),
          );
          page.drawText(run.text, { x: r2(x), y: r2(y), size: c.size, font });
          page.pushOperators(popGraphicsState());
        }
        page.drawText(run.text, { x: r2(x), y: r2(y), size: c.size, font, color: colour(c.color), opacity: alpha(c.color) });
        x += run.units * c.size;
      }
    }
  }
}

/** An opaque path as pdf-lib operators (no SVG path to parse, no transparency group): most of a map's geometry. */
function opaquePath(page: PDFPage, c: Extract<PrintCommand, { type: 'path' }>, H: number): void {
  const ops: PDFOperator[] = [pushGraphicsState()];
  const filled = !!c.fill && c.closed;
  if (filled) ops.push(setFillingRgbColor(c3(c.fill![0]), c3(c.fill![1]), c3(c.fill![2])));
  if (c.stroke) {
    ops.push(setStrokingRgbColor(c3(c.stroke[0]), c3(c.stroke[1]), c3(c.stroke[2])), setLineWidth(r2(c.width ?? 1)), setLineCap(LineCapStyle.Round), setLineJoin(LineJoinStyle.Round));
    if (c.dash) ops.push(setDashPattern(c.dash, 0));
  }
  for (const ring of c.rings) {
    ring.forEach(([x, y], i) => ops.push(i ? lineTo(x, r2(H - y)) : moveTo(x, r2(H - y))));
    if (c.closed) ops.push(closePath());
  }
  ops.push(filled && c.stroke ? fillAndStroke() : filled ? fill() : c.stroke ? stroke() : endPath(), popGraphicsState());
  page.pushOperators(...ops);
}
