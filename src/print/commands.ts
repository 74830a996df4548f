import { z } from 'zod';
import type { RGBA } from '../layers/palette.ts';

/** A point on the page in PostScript points, origin top-left, y down (as in SVG). */
export type Pt = [number, number];

/** One vector drawing step; a page is a list of these, painted in order. */
export type PrintCommand =
  | { type: 'path'; rings: Pt[][]; closed: boolean; fill?: RGBA; stroke?: RGBA; width?: number; dash?: number[]; id?: string } // id: what it draws ("city:440100"), for tests
  | { type: 'circle'; x: number; y: number; r: number; fill?: RGBA; stroke?: RGBA; width?: number }
  | {
    type: 'text'; x: number; y: number; text: string; size: number; color: RGBA;
    bold?: boolean; anchor?: 'start' | 'middle' | 'end'; // y is the baseline
    halo?: RGBA;                                          // a stroke under the glyphs, for labels over fills
  }
  | { type: 'clip'; x: number; y: number; w: number; h: number } // clips what follows, until 'unclip'
  | { type: 'unclip' };

/** One page: its size in points and what is drawn on it. */
export interface PrintPage { width: number; height: number; commands: PrintCommand[] }

/** A document: pages plus the fixed metadata the PDF carries (no clock, so page and CLI agree). */
export interface PrintDocument {
  title: string;
  subject: string;
  description?: string; // the view in words (present/describe.ts): alt text of a PNG, a line on the page
  date: string; // YYYY-MM-DD, written as the creation date
  lang: 'zh' | 'en';
  pages: PrintPage[];
}

export const PAPERS = ['A4', 'A3'] as const;
export const ORIENTATIONS = ['landscape', 'portrait'] as const;
export const ATLASES = ['cities', 'clusters'] as const;

/** ISO 216 sizes in points, portrait (width, height). */
export const PAPER_SIZE = { A4: [595, 842], A3: [842, 1190] } as const;

/** What the print dialog and the CLI choose about the sheet (the map content comes from the URL). */
export const PageFrame = z.strictObject({
  paper: z.enum(PAPERS),
  orientation: z.enum(ORIENTATIONS),
  title: z.string().max(200),         // '' = the default title from the view
  approval: z.string().max(60),       // 审图号, '' by default (see README)
});
export type PageFrame = z.infer<typeof PageFrame>;

export const DEFAULT_FRAME: PageFrame = { paper: 'A3', orientation: 'landscape', title: '', approval: '' };

/** The page size in points for a frame. */
export function pageSize(frame: Pick<PageFrame, 'paper' | 'orientation'>): { width: number; height: number } {
  const [w, h] = PAPER_SIZE[frame.paper];
  return frame.orientation === 'landscape' ? { width: h, height: w } : { width: w, height: h };
}

/** Every text a page shows, in order (what a PDF text extractor should find). */
export const pageText = (page: PrintPage) =>
  page.commands.flatMap((c) => (c.type === 'text' ? [c.text] : []));

const r2 = (v: number) => Math.round(v * 100) / 100;

/**
 * Every number of a command rounded to 0.01 pt. Browsers and Node may differ in the last bit of
 * Math.tan or Math.sinh; rounded positions keep the page's file and the CLI's byte-identical.
 */
export function rounded(c: PrintCommand): PrintCommand {
  switch (c.type) {
    case 'path': return { ...c, rings: c.rings.map((ring) => ring.map(([x, y]): Pt => [r2(x), r2(y)])), ...(c.width === undefined ? {} : { width: r2(c.width) }) };
    case 'circle': return { ...c, x: r2(c.x), y: r2(c.y), r: r2(c.r), ...(c.width === undefined ? {} : { width: r2(c.width) }) };
    case 'text': return { ...c, x: r2(c.x), y: r2(c.y), size: r2(c.size) };
    case 'clip': return { ...c, x: r2(c.x), y: r2(c.y), w: r2(c.w), h: r2(c.h) };
    default: return c;
  }
}
