import type { PageFrame, PrintDocument } from '../print/commands.ts';
import type { PrintInput } from '../print/input.ts';
import { printDocument, type Atlas } from '../print/index.ts';
import { toPdf } from './pdf.ts';
import type { PrintAssets } from './print-fonts.ts';

export type PrintFormat = 'pdf' | 'png';

/** What a print needs besides the data: fonts, the subsetter, and (for PNG) the rasteriser's wasm. */
export type PrintFileAssets = PrintAssets & { resvg?: Uint8Array };

/** The bytes of a print (one page, or an atlas as PDF): the page's dialog and the CLI both call this. */
export async function exportPrint(input: PrintInput, frame: PageFrame, atlas: Atlas | null, format: PrintFormat, assets: PrintFileAssets): Promise<Uint8Array> {
  const doc: PrintDocument = printDocument(input, frame, atlas);
  if (format === 'pdf') return toPdf(doc, assets);
  if (!assets.resvg) throw new Error('PNG needs the resvg wasm');
  const { toPng } = await import('./png.ts');
  return toPng(doc, { ...assets, resvg: assets.resvg });
}
