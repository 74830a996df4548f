import { EXPORT_LAYERS, type ExportLayer } from '../export/select.ts';
import { ALLOWED, PARAMS, shown, type Param } from '../filters/query.ts';

export interface ExportArgs {
  layer: ExportLayer;
  url: string;
  format: 'geojson' | 'csv';
  bom: boolean;
  out: string | null;
  filters: [Param, string][]; // filter flags, applied over --url
  help: boolean;
}

/** A bad command line: one line naming the flag and what it accepts. */
export class UsageError extends Error {}

const FORMATS = ['geojson', 'csv'] as const;
const VALUE_FLAGS = ['layer', 'url', 'format', 'out', ...PARAMS] as const;
const SWITCHES = ['bom', 'help'] as const;

/** What a value flag accepts, for the message when its value is missing. */
function accepts(flag: string): string {
  if (flag === 'layer') return `one of: ${EXPORT_LAYERS.join(', ')}`;
  if (flag === 'format') return `one of: ${FORMATS.join(', ')}`;
  if (flag === 'url') return 'a page URL or a query string';
  if (flag === 'out') return 'a file name';
  return `allowed: ${ALLOWED[flag as Param].join(', ')}`;
}

/** Parses `--flag value` and `--flag=value`; throws UsageError on anything unknown or missing. */
export function parseArgs(argv: string[]): ExportArgs {
  const args: ExportArgs = { layer: 'cities', url: '', format: 'geojson', bom: false, out: null, filters: [], help: false };
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const match = /^--([a-z]+)(?:=(.*))?$/s.exec(arg);
    if (!match) throw new UsageError(`unexpected argument "${shown(arg)}"; flags look like --layer cities (see --help)`);
    const [, name = '', inline] = match;
    if ((SWITCHES as readonly string[]).includes(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      if (name === 'help') args.help = true;
      else args.bom = true;
      continue;
    }
    if (!(VALUE_FLAGS as readonly string[]).includes(name)) {
      throw new UsageError(`unknown flag --${shown(name)}; allowed: ${[...SWITCHES, ...VALUE_FLAGS].map((f) => `--${f}`).join(', ')}`);
    }
    if (seen.has(name)) throw new UsageError(`--${name} given twice`);
    seen.add(name);
    let value = inline;
    // "--layer --format csv": the next flag is not --layer's value (write --q=--x to search for "--x")
    if (value === undefined && argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) value = argv[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value; ${accepts(name)}`);
    if (name === 'layer') {
      if (!(EXPORT_LAYERS as readonly string[]).includes(value)) throw new UsageError(`--layer "${shown(value)}" is not ${accepts(name)}`);
      args.layer = value as ExportLayer;
    } else if (name === 'format') {
      if (!(FORMATS as readonly string[]).includes(value)) throw new UsageError(`--format "${shown(value)}" is not ${accepts(name)}`);
      args.format = value as ExportArgs['format'];
    } else if (name === 'out') {
      if (value === '') throw new UsageError('--out needs a file name');
      args.out = value;
    } else if (name === 'url') args.url = value;
    else args.filters.push([name as Param, value]);
  }
  return args;
}

export const USAGE = `Usage: npm run -s export -- [--layer ${EXPORT_LAYERS.join('|')}] [--url '<page URL or query>']
  [--format geojson|csv] [--bom] [--out FILE]
  [--layers L,..] [--cluster ID] [--rank core,key,general] [--zone Z,..] [--metro M,..]
  [--city ADCODE] [--kind K,..] [--doc D,..] [--q TEXT] [--lang zh|en] [--view lon,lat,zoom]
Filter flags override the same parameter in --url. Output goes to stdout unless --out is given.`;
