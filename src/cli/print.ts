import { applyFilters } from '../filters/apply.ts';
import { printState } from '../print/input.ts';
import { exportPrint } from '../export/print.ts';
import { UsageError, type ExportArgs } from './args.ts';
import type { CliIO } from './export.ts';
import { stateOfArgs } from './export.ts';
import { loadFromDisk } from './files.ts';
import { importedExtras, importOfFile } from './import-file.ts';
import { readBasemap, readFontFiles, readHarfbuzzWasm, readResvgWasm } from './print-files.ts';

/** --format pdf|png: the page's print path on the command line; writes bytes to --out (required: they are binary). */
export async function runPrint(args: ExportArgs, io: CliIO, write: (file: string, bytes: Uint8Array) => void): Promise<number> {
  if (!args.out) throw new UsageError(`--format ${args.format} needs --out FILE (the output is binary)`);
  if (args.format === 'png' && args.atlas) throw new UsageError('--atlas makes several pages: use --format pdf');
  const state = stateOfArgs(args, (line) => io.stderr(`${line}\n`));
  const { model, features } = (io.load ?? loadFromDisk)();
  const visible = applyFilters(model, state.filters, features);
  const warn = (line: string) => io.stderr(`${line}\n`);
  // --import FILE with indicator=: the cities are filled by the indicator's classes, as the page prints them
  const layer = args.import ? await importOfFile(args.import, model, features, warn) : null;
  const { choropleth } = importedExtras(layer, state, features, visible, 'wgs84', warn);
  const input = { model, features, visible, state: printState(state), basemap: readBasemap(), choropleth };
  const assets = { fonts: readFontFiles(), harfbuzz: readHarfbuzzWasm(), ...(args.format === 'png' ? { resvg: readResvgWasm() } : {}) };
  write(args.out, await exportPrint(input, args.frame, args.atlas, args.format as 'pdf' | 'png', assets));
  return 0;
}
