import { rounded, type ATLASES, type PageFrame, type PrintDocument } from './commands.ts';
import type { PrintInput } from './input.ts';
import { cityAtlas } from './atlas-cities.ts';
import { clusterAtlas } from './atlas-clusters.ts';
import { printMap } from './layout.ts';

export type Atlas = (typeof ATLASES)[number];

/** The document for a frame: the current view on one page, or an atlas (cover, contents, a page per city or cluster). */
export function printDocument(input: PrintInput, frame: PageFrame, atlas: Atlas | null): PrintDocument {
  const doc = atlas === 'cities' ? cityAtlas(input, frame) : atlas === 'clusters' ? clusterAtlas(input, frame) : printMap(input, frame);
  return { ...doc, pages: doc.pages.map((p) => ({ ...p, commands: p.commands.map(rounded) })) };
}
