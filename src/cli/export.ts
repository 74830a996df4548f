import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { toCSV } from '../export/csv.ts';
import { exportFile } from '../export/formats.ts';
import { toGeoJSON } from '../export/geojson.ts';
import { withView } from '../export/offline-html.ts';
import { loadSqlite } from '../export/sqlite.ts';
import { applyFilters, type Visible } from '../filters/apply.ts';
import type { UrlState } from '../filters/state.ts';
import type { Features, Model } from '../model/index.ts';
import { parseQuery, searchParamsOf, shown, toQuery } from '../filters/query.ts';
import { parseArgs, UsageError, USAGE, type ExportArgs } from './args.ts';
import { DataError, loadFromDisk } from './files.ts';
import { importedExtras, importOfFile } from './import-file.ts';
import { readOfflineTemplate } from './offline-template.ts';
import { runPrint } from './print.ts';
import { withinOfFile } from './within-file.ts';

/** Where the CLI writes and what it reads; tests pass their own. */
export interface CliIO {
  stdout: (text: string | Uint8Array) => void;
  stderr: (text: string) => void;
  load?: typeof loadFromDisk; // the model and features (default: read from the repository)
}

/** argv → query → parseQuery: the URL state the page would have for that URL (flags override --url); a bad flag throws, a bad --url parameter warns. */
export function stateOfArgs(args: ExportArgs, warn: (line: string) => void): UrlState {
  const filters = args.filters.map(([name, value]): [typeof name, string] => (name === 'within' ? [name, withinOfFile(value)] : [name, value]));
  const flagQuery = new URLSearchParams(filters);
  for (const w of parseQuery(flagQuery.toString()).warnings) {
    throw new UsageError(`--${w.param} "${w.value}": ${w.message}; allowed: ${w.allowed.join(', ')}`);
  }
  const params = searchParamsOf(args.url);
  const { warnings } = parseQuery(params.toString());
  for (const w of warnings) warn(`warning: --url ${w.param}=${w.value}: ${w.message}`);
  for (const [name, value] of filters) params.set(name, value);
  return parseQuery(params.toString()).state;
}

/** …then applyFilters: what the page would show for that URL. */
function resolveExport(state: UrlState, load = loadFromDisk): { model: Model; features: Features; visible: Visible } {
  const { model, features } = load();
  return { model, features, visible: applyFilters(model, state.filters, features) };
}

/** argv → query → parseQuery → applyFilters → GeoJSON, CSV or the one-file app's text (the page's export path, on the command line). */
export function runExport(args: ExportArgs, warn: (line: string) => void, load = loadFromDisk, offlineTemplate = readOfflineTemplate): string {
  const state = stateOfArgs(args, warn);
  if (args.format === 'html') return withView(offlineTemplate(), toQuery(state)); // the page's "offline map" for this view
  const { model, features, visible } = resolveExport(state, load);
  return args.format === 'csv'
    ? toCSV(features, visible, args.layer, { bom: args.bom, crs: args.crs })
    : toGeoJSON(model, features, visible, args.layer, args.crs);
}

/** Any format's text or bytes, through the same exportFile() the page's menu calls. */
export async function runExportFile(args: ExportArgs, warn: (line: string) => void, load = loadFromDisk): Promise<string | Uint8Array> {
  if (args.format === 'html') return runExport(args, warn, load);
  if (args.format === 'pdf' || args.format === 'png') throw new UsageError(`--format ${args.format} is written by the print path`);
  const state = stateOfArgs(args, warn);
  const { model, features: plan, visible } = resolveExport(state, load);
  // an imported file, as on the page: its indicator's columns on the cities, its features in a gpkg / kml of every layer
  const layer = args.import ? await importOfFile(args.import, model, plan, warn) : null;
  const { features, tables } = importedExtras(layer, state, plan, visible, args.crs, warn);
  const choice = { format: args.format, layer: args.layerGiven ? args.layer : null, crs: args.crs, encoding: args.encoding, bom: args.bom };
  return exportFile(choice, model, features, visible, { layers: state.show.layers, cluster: state.filters.cluster }, () => loadSqlite(), tables);
}

/** Refuses an --out that cannot be written before any work is done. */
function checkOut(file: string): void {
  const dir = dirname(file);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`--out "${shown(file, 300)}": directory ${shown(dir, 300)} does not exist`);
  if (existsSync(file) && statSync(file).isDirectory()) throw new UsageError(`--out "${shown(file, 300)}" is a directory`);
}

/** Writes via a temporary file and a rename, so a failed write leaves no partial file. */
function writeAtomically(file: string, text: string | Uint8Array): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, text);
    renameSync(temp, file);
  } catch (e) {
    try { rmSync(temp, { force: true }); } catch { /* the temporary file was never created */ }
    throw new UsageError(`--out "${shown(file, 300)}": ${(e as Error).message}`);
  }
}

/** The whole CLI, every format: returns the exit code (0 ok, 1 invalid data, 2 bad command line). */
export async function run(argv: string[], io: CliIO): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.help) { io.stdout(`${USAGE}\n`); return 0; }
    if (args.out) checkOut(args.out);
    if (args.format === 'pdf' || args.format === 'png') return await runPrint(args, io, writeAtomically);
    const text = await runExportFile(args, (line) => io.stderr(`${line}\n`), io.load);
    if (args.out) writeAtomically(args.out, text);
    else io.stdout(text);
    return 0;
  } catch (e) {
    return failed(e, io);
  }
}

/** A usage or data error as its one line and exit code; anything else is a bug and is thrown. */
function failed(e: unknown, io: CliIO): number {
  // shown() with no length limit: only escapes, so the message stays on one line
  if (e instanceof UsageError) { io.stderr(`export: ${shown(e.message, Infinity)}\n`); return 2; }
  if (e instanceof DataError) { io.stderr(`export: invalid data: ${e.message}\n`); return 1; }
  throw e;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  void run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  }).then((code) => { process.exitCode = code; });
}
