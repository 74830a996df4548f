import { t } from '../i18n/strings.ts';
import type { RGBA } from '../layers/palette.ts';
import type { SourceRef } from '../model/index.ts';
import { sourcesDate } from './cited.ts';
import type { PageFrame, PrintCommand, PrintPage } from './commands.ts';
import type { PrintInput } from './input.ts';
import { footerLines, sheet } from './layout.ts';
import { fit } from './measure.ts';

const INK: RGBA = [31, 42, 51, 255];
const MUTED: RGBA = [95, 95, 95, 255];

/** A source as a short note: document, section and the quote. */
export const sourceNote = (model: PrintInput['model'], s: SourceRef) =>
  `${model.sources.find((d) => d.id === s.doc)?.title_zh.replace(/^《|》$/g, '') ?? s.doc} · ${s.section} ·「${s.quote}」`;

/** The atlas cover: the title, what the atlas holds, the data version and the disclaimer. */
export function coverPage(input: PrintInput, frame: PageFrame, title: string, blurb: string): PrintPage {
  const s = sheet(frame);
  const { width, height, margin } = s;
  const lang = input.state.lang;
  const commands: PrintCommand[] = [
    { type: 'path', rings: [[[0, 0], [width, 0], [width, height * 0.38], [0, height * 0.38]]], closed: true, fill: [31, 42, 51, 255] },
    { type: 'text', x: margin * 2, y: height * 0.22, text: fit(title, s.title * 1.6, width - margin * 4), size: s.title * 1.6, color: [255, 255, 255, 255], bold: true },
    { type: 'text', x: margin * 2, y: height * 0.22 + s.title * 1.6, text: blurb, size: s.text * 1.3, color: [213, 221, 227, 255] },
    { type: 'text', x: margin * 2, y: height * 0.46, text: t('print.dataLine', lang, { version: input.model.version, date: sourcesDate(input.model) }), size: s.text, color: MUTED },
  ];
  const footer = footerLines({ ...input, state: { ...input.state, layers: ['cities', 'clusters', 'zones'] } }, frame, width - 4 * margin, s.small);
  footer.forEach((line, i) => commands.push({ type: 'text', x: margin * 2, y: height - margin * 2 - (footer.length - i) * s.small * 1.5, text: line, size: s.small, color: i === footer.length - 1 ? INK : MUTED, bold: i === footer.length - 1 }));
  return { width, height, commands };
}

/** The contents: one line per page with its number. */
export function contentsPage(input: PrintInput, frame: PageFrame, entries: string[], first: number): PrintPage {
  const s = sheet(frame);
  const { width, height, margin } = s;
  const lang = input.state.lang;
  const commands: PrintCommand[] = [{ type: 'text', x: margin, y: margin + s.title, text: t('print.contents', lang), size: s.title, color: INK, bold: true }];
  const lead = Math.min(s.text * 2, (height - margin * 3 - s.title) / Math.max(entries.length, 1));
  entries.forEach((entry, i) => {
    const y = margin * 2 + s.title + (i + 1) * lead;
    commands.push({ type: 'text', x: margin, y, text: entry, size: s.text * 1.1, color: INK });
    commands.push({ type: 'path', rings: [[[margin, y + 3], [width - margin, y + 3]]], closed: false, stroke: [225, 222, 214, 255], width: 0.4 });
    commands.push({ type: 'text', x: width - margin, y, text: String(first + i), size: s.text * 1.1, color: MUTED, anchor: 'end' });
  });
  return { width, height, commands };
}

/**
 * An atlas page's commands closed: a note under the last text column when its text did not all fit, and
 * the page number; shared by the city and the cluster atlases.
 */
export function closePage(commands: PrintCommand[], overflow: number, lastColumn: { x: number; y: number; h: number }, frame: PageFrame, lang: 'zh' | 'en', n: number): PrintPage {
  const s = sheet(frame);
  if (overflow) {
    commands.push({ type: 'text', x: lastColumn.x, y: lastColumn.y + lastColumn.h + s.small * 1.2, text: t('print.more', lang, { n: overflow }), size: s.small, color: [150, 40, 40, 255] });
  }
  commands.push(pageNumber(frame, lang, n));
  return { width: s.width, height: s.height, commands };
}

/** The page number at the foot of an atlas page. */
export const pageNumber = (frame: PageFrame, lang: 'zh' | 'en', n: number): PrintCommand => {
  const s = sheet(frame);
  return { type: 'text', x: s.width - s.margin, y: s.height - s.margin * 0.5, text: t('print.page', lang, { n }), size: s.small, color: MUTED, anchor: 'end' };
};
