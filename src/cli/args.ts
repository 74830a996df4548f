import { EXPORT_CRS, type ExportCrs } from '../export/crs.ts';
import type { TextEncoding } from '../export/gbk.ts';
import { EXPORT_LAYERS, type ExportLayer } from '../export/select.ts';
import { ALLOWED, PARAMS, shown, type Param } from '../filters/query.ts';
import { ATLASES, ORIENTATIONS, PAPERS, type PageFrame } from '../print/commands.ts';

export interface ExportArgs {
  layer: ExportLayer;
  layerGiven: boolean; // gpkg and kml hold every shown layer unless --layer names one
  url: string;
  format: (typeof FORMATS)[number]; // html: the one-file app opened at the URL's view
  crs: ExportCrs;
  encoding: TextEncoding; // of a Shapefile's .dbf
  frame: PageFrame;            // --paper --orientation --title --approval (pdf, png)
  atlas: (typeof ATLASES)[number] | null; // --atlas: one page per city or per cluster (pdf)
  bom: boolean;
  out: string | null;
  filters: [Param, string][]; // filter flags, applied over --url
  help: boolean;
  import: string | null; // --import FILE: an analyst's file, as the page imports it (its indicator columns join the cities)
}

/** A bad command line: one line naming the flag and what it accepts. */
export class UsageError extends Error {}

const FORMATS = ['geojson', 'csv', 'gpkg', 'shp', 'kml', 'html', 'pdf', 'png'] as const;
const ENCODINGS = ['utf-8', 'gbk'] as const;
const PRINT_FLAGS = { paper: PAPERS, orientation: ORIENTATIONS, atlas: ATLASES } as const;
const VALUE_FLAGS = ['layer', 'url', 'format', 'crs', 'encoding', 'out', ...PARAMS, 'paper', 'orientation', 'title', 'atlas', 'approval', 'import'] as const;
const SWITCHES = ['bom', 'help'] as const;

/** What a value flag accepts, for the message when its value is missing. */
function accepts(flag: string): string {
  if (flag === 'layer') return `one of: ${EXPORT_LAYERS.join(', ')}`;
  if (flag === 'format') return `one of: ${FORMATS.join(', ')}`;
  if (flag === 'crs') return `one of: ${EXPORT_CRS.join(', ')}`;
  if (flag === 'encoding') return `one of: ${ENCODINGS.join(', ')}`;
  if (flag === 'url') return 'a page URL or a query string';
  if (flag === 'out') return 'a file name';
  if (flag === 'import') return 'a file to import (CSV, GeoJSON, zipped Shapefile, KML/KMZ or GeoPackage)';
  if (flag in PRINT_FLAGS) return `one of: ${PRINT_FLAGS[flag as keyof typeof PRINT_FLAGS].join(', ')}`;
  if (flag === 'title' || flag === 'approval') return 'a text';
  return `allowed: ${ALLOWED[flag as Param].join(', ')}`;
}

/** Parses `--flag value` and `--flag=value`; throws UsageError on anything unknown or missing. */
export function parseArgs(argv: string[]): ExportArgs {
  const args: ExportArgs = {
    layer: 'cities', layerGiven: false, url: '', format: 'geojson', crs: 'wgs84', encoding: 'utf-8', bom: false, out: null, filters: [], help: false,
    frame: { paper: 'A3', orientation: 'landscape', title: '', approval: '' }, atlas: null, import: null,
  };
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
      args.layerGiven = true;
    } else if (name === 'format') {
      if (!(FORMATS as readonly string[]).includes(value)) throw new UsageError(`--format "${shown(value)}" is not ${accepts(name)}`);
      args.format = value as ExportArgs['format'];
    } else if (name === 'crs') {
      if (!(EXPORT_CRS as readonly string[]).includes(value)) throw new UsageError(`--crs "${shown(value)}" is not ${accepts(name)}`);
      args.crs = value as ExportCrs;
    } else if (name === 'encoding') {
      if (!(ENCODINGS as readonly string[]).includes(value)) throw new UsageError(`--encoding "${shown(value)}" is not ${accepts(name)}`);
      args.encoding = value as TextEncoding;
    } else if (name === 'out') {
      if (value === '') throw new UsageError('--out needs a file name');
      args.out = value;
    } else if (name === 'import') {
      if (value === '') throw new UsageError(`--import needs ${accepts(name)}`);
      args.import = value;
    } else if (name in PRINT_FLAGS) {
      if (!(PRINT_FLAGS[name as keyof typeof PRINT_FLAGS] as readonly string[]).includes(value)) throw new UsageError(`--${name} "${shown(value)}" is not ${accepts(name)}`);
      if (name === 'atlas') args.atlas = value as NonNullable<ExportArgs['atlas']>;
      else if (name === 'paper') args.frame.paper = value as PageFrame['paper'];
      else args.frame.orientation = value as PageFrame['orientation'];
    } else if (name === 'title' || name === 'approval') {
      const max = name === 'title' ? 200 : 60;
      if ([...value].length > max) throw new UsageError(`--${name} is longer than ${max} characters`);
      args.frame[name] = value;
    } else if (name === 'url') args.url = value;
    else args.filters.push([name as Param, value]);
  }
  return args;
}

/** How each filter flag's value looks in the usage text; a Record, so a new URL parameter cannot be left out. */
const PARAM_HINTS: Record<Param, string> = {
  layers: 'L,..', cluster: 'ID', rank: 'core,key,general', zone: 'Z,..', metro: 'M,..', city: 'ADCODE', compare: 'ADCODE,..',
  kind: 'K,..', doc: 'D,..', q: 'TEXT', lang: 'zh|en', view: 'lon,lat,zoom', present: '1|0',
  near: 'lon,lat,km', within: 'FILE.geojson',
  indicator: 'COLUMN', classing: 'quantile|equal|jenks|manual', classes: '3..7', breaks: 'N,..', indicator2: 'COLUMN|core_count',
  theme: 'default|contrast',
  table: '1|0', sort: '[-]COLUMN', project: 'ID', subsector: 'ID',
};

/** Wraps bracketed flags into lines of at most 100 characters, indented. */
const wrap = (items: string[]) => items.reduce<string[]>((lines, item) => {
  const last = lines.at(-1);
  if (last !== undefined && last.length + item.length < 100) lines[lines.length - 1] = `${last} ${item}`;
  else lines.push(`  ${item}`);
  return lines;
}, []).join('\n');

export const USAGE = `Usage: npm run -s export -- [--layer ${EXPORT_LAYERS.join('|')}] [--url '<page URL or query>']
${wrap([`[--format ${FORMATS.join('|')}]`, `[--crs ${EXPORT_CRS.join('|')}]`, `[--encoding ${ENCODINGS.join('|')}]`, ...SWITCHES.filter((s) => s !== 'help').map((s) => `[--${s}]`), '[--out FILE]', '[--import FILE]', '[--help]'])}
${wrap(PARAMS.map((p) => `[--${p} ${PARAM_HINTS[p]}]`))}
  [--paper A4|A3] [--orientation landscape|portrait] [--title T] [--approval 审图号] [--atlas cities|clusters]  (pdf, png)
Filter flags override the same parameter in --url. Output goes to stdout unless --out is given.
--import FILE reads an analyst's file as the page imports it: with indicator= its values join the cities as columns.
--format html writes the one-file app (dist/guangdong-map.html, built if missing) opened at that view.`;
