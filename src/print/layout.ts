import { describeFilters } from '../filters/describe.ts';
import { describeView } from '../present/describe.ts';
import { t } from '../i18n/strings.ts';
import { buildLegend } from '../layers/legend.ts';
import type { RGBA } from '../layers/palette.ts';
import { citedDocuments, documentLine, sourcesDate } from './cited.ts';
import { pageSize, type PageFrame, type PrintCommand, type PrintDocument, type PrintPage } from './commands.ts';
import { locator, northArrow, scaleBar } from './furniture.ts';
import type { PrintInput } from './input.ts';
import { legendCommands, legendRows } from './legend-commands.ts';
import { mapCommands } from './map-commands.ts';
import { fit, wrap } from './measure.ts';
import type { Projection, Rect } from './mercator.ts';
import { pxScale, viewProjection } from './view.ts';

const INK: RGBA = [31, 42, 51, 255];
const MUTED: RGBA = [85, 85, 85, 255];
const RULE: RGBA = [190, 186, 176, 255];

/** The title a print gets when the dialog's field is empty: the cluster's layout, or the map's own title. */
export function defaultTitle(input: Pick<PrintInput, 'model' | 'state'>): string {
  const { model, state } = input;
  const cluster = state.cluster ? model.clusters.find((c) => c.id === state.cluster) : null;
  if (cluster) return t('print.clusterTitle', state.lang, { name: state.lang === 'zh' ? cluster.name_zh : cluster.name_en });
  return t('title', state.lang);
}

/** Sheet dimensions that scale with the paper: margins, type sizes. */
export function sheet(frame: Pick<PageFrame, 'paper' | 'orientation'>) {
  const { width, height } = pageSize(frame);
  const k = frame.paper === 'A3' ? 1 : 0.8;
  return { width, height, margin: 28 * k, title: 20 * k, text: 9 * k, small: 6.6 * k, row: 13 * k };
}

/** The footer: datum and boundary source, the documents cited, the disclaimer and the optional 审图号. */
export function footerLines(input: PrintInput, frame: PageFrame, width: number, size: number): string[] {
  const { model, state, visible } = input;
  const lang = state.lang;
  const docs = citedDocuments(model, state, visible).map((d) => documentLine(d, lang)).join(lang === 'zh' ? '；' : '; ');
  const disclaimer = lang === 'zh' ? t('print.disclaimer', 'zh') : `${t('print.disclaimer', 'zh')} (${t('print.disclaimer', 'en')})`;
  return [
    ...wrap(t('print.datum', lang), size, width),
    ...(docs ? wrap(`${t('print.cited', lang)}${docs}`, size, width) : []),
    frame.approval ? `${disclaimer}    ${t('print.approval', lang, { number: frame.approval })}` : disclaimer,
  ];
}

/** The header: title, the filters in words, the data version and date; returns its commands and height. */
export function header(input: PrintInput, frame: PageFrame, s: ReturnType<typeof sheet>, title: string): { commands: PrintCommand[]; height: number } {
  const { model, state } = input;
  const { margin, width } = s;
  const subtitle = describeFilters(model, state, state.layers, state.lang) || t('print.noFilters', state.lang);
  const dateLine = t('print.dataLine', state.lang, { version: model.version, date: sourcesDate(model) });
  const right = width - margin;
  const commands: PrintCommand[] = [
    { type: 'text', x: margin, y: margin + s.title, text: fit(title, s.title, width - 2 * margin - 180), size: s.title, color: INK, bold: true },
    { type: 'text', x: margin, y: margin + s.title + s.text * 1.8, text: fit(subtitle, s.text, width - 2 * margin - 200), size: s.text, color: MUTED },
    { type: 'text', x: right, y: margin + s.title, text: dateLine, size: s.small, color: MUTED, anchor: 'end' },
    { type: 'text', x: right, y: margin + s.title + s.text * 1.8, text: frame.approval ? t('print.approval', state.lang, { number: frame.approval }) : '', size: s.small, color: MUTED, anchor: 'end' },
  ].filter((c) => c.text !== '') as PrintCommand[];
  const height = s.title + s.text * 2.6;
  commands.push({ type: 'path', rings: [[[margin, margin + height], [right, margin + height]]], closed: false, stroke: RULE, width: 0.6 });
  return { commands, height: height + 8 };
}

/** The scale bar (bottom left) and north arrow (top right) drawn inside a map frame. */
export function mapFurniture(proj: Projection, lang: 'zh' | 'en'): PrintCommand[] {
  const { x, y, w, h } = proj.rect;
  const size = Math.max(18, Math.min(30, w / 30));
  return [
    ...scaleBar(proj, [x + 14, y + h - 14], Math.min(140, w / 4), t('print.scaleUnit', lang)),
    ...northArrow([x + w - size, y + size * 0.5], size, t('print.north', lang)),
  ];
}

/** The corners of a map frame as lon/lat, for the locator's box. */
export const extentOf = (proj: Projection): [number, number][] => {
  const { x, y, w, h } = proj.rect;
  return [[x, y], [x + w, y], [x + w, y + h], [x, y + h]].map(([a, b]) => proj.unproject([a!, b!]));
};

/** One sheet of the current view: header, the map with its scale bar and north arrow, legend, locator and footer. */
export function mapPage(input: PrintInput, frame: PageFrame): PrintPage {
  const s = sheet(frame);
  const { width, height, margin } = s;
  const lang = input.state.lang;
  const title = frame.title.trim() || defaultTitle(input);
  const head = header(input, frame, s, title);
  // the view in words first, so a reader of the PDF's text (or a screen reader) gets the map's content
  const footer = [...wrap(viewDescription(input), s.small, width - 2 * margin), ...footerLines(input, frame, width - 2 * margin, s.small)];
  const footerTop = height - margin - footer.length * s.small * 1.45;
  const top = margin + head.height;
  const gap = 12;
  const sections = buildLegend(input.model, input.visible, input.state, null, input.choropleth ?? null);
  const landscape = frame.orientation === 'landscape';
  const side = landscape ? (frame.paper === 'A3' ? 230 : 175) : 0;
  const bottomBand = landscape ? 0 : Math.max(160, Math.ceil(legendRows(sections) / 2) * s.row + s.row * 2) ;
  const mapRect: Rect = { x: margin, y: top, w: width - 2 * margin - (side ? side + gap : 0), h: footerTop - gap - top - (bottomBand ? bottomBand + gap : 0) };
  const proj = viewProjection(input.state, input.features, mapRect);
  const px = pxScale(proj, input.state);
  const commands: PrintCommand[] = [...head.commands, ...mapCommands(input, proj, { px, textPx: Math.max(px, 0.62) }), ...mapFurniture(proj, lang)];
  let legendBox: Rect, locatorBox: Rect;
  if (landscape) {
    const lx = mapRect.x + mapRect.w + gap;
    const locH = side * 0.72;
    locatorBox = { x: lx, y: footerTop - gap - locH, w: side, h: locH };
    legendBox = { x: lx, y: top, w: side, h: locatorBox.y - top - gap };
  } else {
    const by = mapRect.y + mapRect.h + gap;
    const locW = Math.min(170, width * 0.28);
    locatorBox = { x: width - margin - locW, y: by, w: locW, h: Math.min(bottomBand, locW * 0.75) };
    legendBox = { x: margin, y: by, w: locatorBox.x - margin - gap, h: bottomBand };
  }
  const columns = landscape ? 1 : 2;
  const row = Math.min(s.row, (legendBox.h - s.row * 1.5) / Math.max(1, Math.ceil(legendRows(sections) / columns)));
  commands.push(...legendCommands(sections, lang, t('print.legend', lang), { x: legendBox.x, y: legendBox.y, width: (legendBox.w - 12 * (columns - 1)) / columns, columns, row }).commands);
  commands.push(...locator(input.basemap, locatorBox, extentOf(proj), t('print.locator', lang)));
  footer.forEach((line, i) => commands.push({ type: 'text', x: margin, y: footerTop + (i + 1) * s.small * 1.45 - s.small * 0.3, text: line, size: s.small, color: i === footer.length - 1 ? INK : MUTED, bold: i === footer.length - 1 }));
  return { width, height, commands };
}

/** The print of the current view as a one-page document. */
export function printMap(input: PrintInput, frame: PageFrame): PrintDocument {
  const title = frame.title.trim() || defaultTitle(input);
  return {
    title, subject: describeFilters(input.model, input.state, input.state.layers, input.state.lang) || t('print.noFilters', input.state.lang),
    date: sourcesDate(input.model), lang: input.state.lang, pages: [mapPage(input, frame)], description: viewDescription(input),
  };
}

/** The printed view in words, from the same Visible as its map. */
export const viewDescription = (input: PrintInput): string => describeView(input.model, input.visible, input.state, input.state.lang);
