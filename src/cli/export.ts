import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { toCSV } from '../export/csv.ts';
import { toGeoJSON } from '../export/geojson.ts';
import { applyFilters } from '../filters/apply.ts';
import { parseQuery, searchParamsOf, shown } from '../filters/query.ts';
import { parseArgs, UsageError, USAGE, type ExportArgs } from './args.ts';
import { DataError, loadFromDisk } from './files.ts';
import { runPrint } from './print.ts';

/** Where the CLI writes and what it reads; tests pass their own. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  load?: typeof loadFromDisk; // the model and features (default: read from the repository)
}

/** The filter state of --url with the filter flags over it; a bad flag throws, a bad --url parameter warns. */
export function stateOfArgs(args: ExportArgs, warn: (line: string) => void) {
  const flagQuery = new URLSearchParams(args.filters);
  for (const w of parseQuery(flagQuery.toString()).warnings) {
    throw new UsageError(`--${w.param} "${w.value}": ${w.message}; allowed: ${w.allowed.join(', ')}`);
  }
  const params = searchParamsOf(args.url);
  const { warnings } = parseQuery(params.toString());
  for (const w of warnings) warn(`warning: --url ${w.param}=${w.value}: ${w.message}`);
  for (const [name, value] of args.filters) params.set(name, value);
  return parseQuery(params.toString()).state;
}

/** argv → query → parseQuery → applyFilters → export text (the page's export path, on the command line). */
export function runExport(args: ExportArgs, warn: (line: string) => void, load = loadFromDisk): string {
  const state = stateOfArgs(args, warn);
  const { model, features } = load();
  const visible = applyFilters(model, state);
  return args.format === 'csv'
    ? toCSV(features, visible, args.layer, { bom: args.bom })
    : toGeoJSON(model, features, visible, args.layer);
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

/** The whole CLI: returns the exit code (0 ok, 1 invalid data, 2 bad command line); PDF and PNG go through runAsync. */
export function run(argv: string[], io: CliIO): number {
  try {
    const args = parseArgs(argv);
    if (args.help) { io.stdout(`${USAGE}\n`); return 0; }
    if (args.out) checkOut(args.out);
    if (args.format === 'pdf' || args.format === 'png') throw new UsageError(`--format ${args.format} is written by runAsync`);
    const text = runExport(args, (line) => io.stderr(`${line}\n`), io.load);
    if (args.out) writeAtomically(args.out, text);
    else io.stdout(text);
    return 0;
  } catch (e) {
    return failed(e, io);
  }
}

/** The CLI with every format: PDF and PNG are written asynchronously (fonts, wasm), the rest as run does. */
export async function runAsync(argv: string[], io: CliIO): Promise<number> {
  let args: ExportArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    return failed(e, io);
  }
  if (args.help || (args.format !== 'pdf' && args.format !== 'png')) return run(argv, io);
  try {
    if (args.out) checkOut(args.out);
    return await runPrint(args, io, writeAtomically);
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
  void runAsync(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  }).then((code) => { process.exitCode = code; });
}
