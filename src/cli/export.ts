import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { toCSV } from '../export/csv.ts';
import { toGeoJSON } from '../export/geojson.ts';
import { applyFilters } from '../filters/apply.ts';
import { parseQuery, searchParamsOf } from '../filters/query.ts';
import { parseArgs, UsageError, USAGE, type ExportArgs } from './args.ts';
import { DataError, loadFromDisk } from './files.ts';

/** argv → query → parseQuery → applyFilters → export text (the page's export path, on the command line). */
export function runExport(args: ExportArgs, warn: (line: string) => void): string {
  const flagQuery = new URLSearchParams(args.filters);
  for (const w of parseQuery(flagQuery.toString()).warnings) {
    throw new UsageError(`--${w.param} "${w.value}": ${w.message}${w.allowed ? `; allowed: ${w.allowed.join(', ')}` : ''}`);
  }
  const params = searchParamsOf(args.url);
  const { warnings } = parseQuery(params.toString());
  for (const w of warnings) warn(`warning: --url ${w.param}=${w.value}: ${w.message}`);
  for (const [name, value] of args.filters) params.set(name, value);
  const { state } = parseQuery(params.toString());
  const { model, features } = loadFromDisk();
  const visible = applyFilters(model, state);
  return args.format === 'csv'
    ? toCSV(features, visible, args.layer, { bom: args.bom })
    : toGeoJSON(model, features, visible, args.layer);
}

/** Writes via a temporary file and a rename, so a failed write leaves no partial file. */
function writeAtomically(file: string, text: string): void {
  if (!existsSync(dirname(file))) throw new UsageError(`--out "${file}": directory ${dirname(file)} does not exist`);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, text);
    renameSync(temp, file);
  } catch (e) {
    rmSync(temp, { force: true });
    throw new UsageError(`--out "${file}": ${(e as Error).message}`);
  }
}

function main(argv: string[]): number {
  try {
    const args = parseArgs(argv);
    if (args.help) { process.stdout.write(`${USAGE}\n`); return 0; }
    const text = runExport(args, (line) => process.stderr.write(`${line}\n`));
    if (args.out) writeAtomically(args.out, text);
    else process.stdout.write(text);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`export: ${e.message}\n`); return 2; }
    if (e instanceof DataError) { process.stderr.write(`export: invalid data: ${e.message}\n`); return 1; }
    throw e;
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) process.exitCode = main(process.argv.slice(2));
