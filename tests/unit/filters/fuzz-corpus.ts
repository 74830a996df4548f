// A seeded generator of random and hostile query strings, shared by the query and CLI fuzz tests.
import { parseWithin } from '../../../src/filters/spatial.ts';
import { PARAMS, Q_MAX, searchParamsOf } from '../../../src/filters/query.ts';
import { LAYER_IDS, TABLE_COLUMNS } from '../../../src/filters/state.ts';
import { ADCODES, CLUSTER_IDS, DOC_IDS, METRO_IDS, PROJECT_KINDS, RANKS, ZONE_IDS } from '../../../src/model/index.ts';

/** The seed both fuzz tests use; change it to explore, and quote it when a failure is reported. */
export const FUZZ_SEED = 20_240_601;

/** mulberry32: a tiny deterministic PRNG, so that every failure reproduces from its seed. */
export function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

type Rng = () => number;
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const times = (r: Rng, max: number) => Math.floor(r() * (max + 1));

const LISTS: Record<string, readonly string[]> = { layers: LAYER_IDS, rank: RANKS, zone: ZONE_IDS, metro: METRO_IDS, compare: ADCODES, kind: PROJECT_KINDS, doc: DOC_IDS };
const SINGLES: Record<string, readonly string[]> = { cluster: CLUSTER_IDS, city: ADCODES, lang: ['zh', 'en'], sort: TABLE_COLUMNS.flatMap((c) => [c, `-${c}`]) };
const RECORD_IDS = ['gz-baiyun-airport', 'robotics.industrial', 'a_b.c-1']; // well-formed ids (the model checks them later)

const HOSTILE = [
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'; DROP TABLE cities; --", '../../etc/passwd',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '{"__proto__":{"x":1}}',
  '${7*7}', '{{7*7}}', 'javascript:alert(1)', '\u001b[31mred\u001b[0m', 'line\nbreak', 'cr\rlf', 'nul\u0000byte',
  '=HYPERLINK("x")', 'NaN', 'Infinity', '-0', 'null', 'undefined', 'true', '[]', '{}',
];
const UNICODE = [
  '广州', '深圳市', '😀', '👩‍👩‍👧', '🇨🇳', 'e\u0301\u0302\u0303', 'مرحبا', '\u202egnp.exe', 'שלום\u200f', '\u2066x\u2069',
  '\ufeffbom', '\u00a0nbsp\u3000', '\u2028\u2029', 'ｆｕｌｌ', 'İı', '\ud800', '\udc00x', 'x\ud83d', '\u0085', 'ǅ',
];
const BAD_PERCENT = ['%', '%%', '%zz', '%E0%A4%A', '%ED%A0%80', '%ED%B0%80', '%C0%AF', '%FF%FE', '%F4%90%80%80', '%2', '%u0041', '%00', '%0A', '%1B%5B31m', '%E2%80%AE'];
const NUMBERS = ['113.3', '23.1', '7.5', '-180', '180', '85', '-85', '0', '22', '22.001', '181', '-90', '1e3', '0x10', ' 113 ', '-0', '-0.00001',
  '113.123456789', '.5', '5.', '+5', 'NaN', 'Infinity', '', '١١٣', '1'.repeat(400), '113,3'];

/** Percent-encodes text without throwing on lone surrogates (encodeURIComponent would). */
function encode(text: string): string {
  return [...text].map((ch) => /^[\ud800-\udfff]$/.test(ch) ? '%ED%A0%80' : encodeURIComponent(ch)).join('');
}

/** About 100 kB of one repeated unit, raw or already percent-encoded. */
function hugeValue(r: Rng): string {
  const unit = pick(r, ['a', 'core,', 'mars,', '广', '%E5%B9%BF', '😀', '%zz', ' ', '+', ',', '<script>', 'prd,x,', '%0A', '%ED%A0%80']);
  return unit.repeat(Math.ceil(100_000 / unit.length));
}

function listValue(r: Rng, allowed: readonly string[]): string {
  const items = Array.from({ length: times(r, 6) }, () => {
    const x = r();
    if (x < 0.55) return pick(r, allowed);
    if (x < 0.65) return ` ${pick(r, allowed)} `;
    if (x < 0.7) return '';
    if (x < 0.75) return pick(r, allowed).toUpperCase();
    if (x < 0.85) return pick(r, HOSTILE);
    return pick(r, UNICODE);
  });
  return items.join(pick(r, [',', ',', ',', ', ', ',,', ';']));
}

function valueFor(r: Rng, key: string): string {
  const x = r();
  if (x < 0.08) return pick(r, HOSTILE);
  if (x < 0.13) return pick(r, UNICODE);
  if (x < 0.17) return pick(r, BAD_PERCENT);
  if (x < 0.19) return '';
  if (Object.hasOwn(LISTS, key)) return listValue(r, LISTS[key]!);
  if (Object.hasOwn(SINGLES, key)) return r() < 0.7 ? pick(r, SINGLES[key]!) : `${pick(r, SINGLES[key]!)}${pick(r, ['x', ' ', '%', '0', '%20'])}`;
  if (key === 'classing') return pick(r, ['quantile', 'equal', 'jenks', 'manual', 'ckmeans', ' Jenks ', 'kmeans', '']);
  if (key === 'classes') return pick(r, ['3', '5', '7', '2', '8', ' 4 ', '5.0', '-3']);
  if (key === 'breaks') return Array.from({ length: times(r, 9) }, () => pick(r, [...NUMBERS, '1', '-2.5', '1e3', '.5', '7.', 'x', ''])).join(',');
  if (key === 'indicator' || key === 'indicator2') return pick(r, ['GDP', '人口（万人）', ' core_count ', 'x'.repeat(101), '\u0001', ...UNICODE]);
  if (key === 'theme') return pick(r, ['contrast', 'default', 'contrast', 'dark', '']);
  if (key === 'present' || key === 'table') return pick(r, ['1', '0', '1', 'yes', 'true']);
  if (key === 'project' || key === 'subsector') return r() < 0.6 ? pick(r, RECORD_IDS) : pick(r, ['A', '-x', 'x y', 'x'.repeat(101), '.', 'x/y']);
  if (key === 'view') {
    if (r() < 0.5) { // plausible: inside the ranges, with up to 9 decimals and the odd negative zero
      const [lon, lat, zoom] = [r() * 360 - 180, r() * 170 - 85, r() * 22].map((n) => n.toFixed(times(r, 9)));
      return `${lon},${r() < 0.05 ? '-0.00001' : lat},${zoom}`;
    }
    const n = pick(r, [3, 3, 3, 3, 2, 4, 1]);
    return Array.from({ length: n }, () => (r() < 0.7 ? (r() * 400 - 200).toFixed(times(r, 8)) : pick(r, NUMBERS))).join(',');
  }
  if (key === 'q') {
    const parts = Array.from({ length: times(r, 5) }, () => pick(r, [...UNICODE, ...HOSTILE, ' ', '+', '%20', 'a+b', 'why?', 'C#', '&', '=']));
    if (r() < 0.1) parts.push('x'.repeat(Q_MAX - 2), pick(r, [' ', '  y', '\u0001z', ' 😀', 'e\u0301']));
    return parts.join('');
  }
  return r() < 0.5 ? pick(r, HOSTILE) : `${times(r, 1000)}`;
}

const ODD_KEYS = [
  '', 'foo', 'Cluster', 'LAYERS', ' q', 'q ', 'q[]', 'zone[0]', '%71', '%63luster', 'cl%75ster', '__proto__', 'constructor', 'prototype',
  '__proto__[polluted]', 'constructor.prototype.x', 'constructor[prototype][x]', 'toString', 'hasOwnProperty', 'valueOf',
  '<script>', 'x'.repeat(300), '😀', '%', '%zz', '%ED%A0%80',
];

function part(r: Rng): string {
  const x = r();
  const key = x < 0.7 ? pick(r, PARAMS) : pick(r, ODD_KEYS);
  if (r() < 0.05) return key; // a key without "="
  if (r() < 0.0015) return `${key}=${hugeValue(r)}`;
  let value = valueFor(r, key);
  const y = r();
  if (y < 0.35) value = encode(value);
  else if (y < 0.45) value = encode(value).replace(/%20/g, '+');
  else if (y < 0.5) value = value.replace(/ /g, '%20');
  return `${key}=${value}`;
}

function queryString(r: Rng): string {
  const parts = Array.from({ length: times(r, 8) }, () => part(r));
  if (r() < 0.15 && parts.length) parts.push(parts[times(r, parts.length - 1)]!); // a repeated parameter
  let text = parts.join(pick(r, ['&', '&', '&', '&&', '&&&', '&=&']));
  const prefix = pick(r, ['', '', '', '?', '??', '&', 'http://127.0.0.1:5173/?', 'https://example.org/app/index.html?', '/app/?', '127.0.0.1:5173/?', '#', ' \t']);
  const suffix = pick(r, ['', '', '', '#', '#map', '#?cluster=robotics', '&', '&&&', '?', ' \n']);
  text = `${prefix}${text}${suffix}`;
  return r() < 0.03 ? pick(r, ['http://127.0.0.1:5173/', 'https://example.org/app/#cluster=robotics', 'file:///tmp/index.html', 'http://x/#/?zone=prd']) : text;
}

/** `count` query strings from `seed`: random, adversarial and a fixed list of known-nasty ones. */
export function fuzzCorpus(seed: number, count: number): string[] {
  const r = mulberry32(seed);
  const fixed = [
    '', '?', '#', '&&&', '=', '==', '&=&', '%', '%zz', '?%ED%A0%80=%ED%A0%80', '__proto__[polluted]=1', 'constructor.prototype.x=1',
    '__proto__=1&constructor=2&prototype=3', 'constructor[prototype][polluted]=1', 'q=%ED%A0%80', `q=${'a'.repeat(100_000)}`,
    `rank=${'x,'.repeat(50_000)}`, `${'k'.repeat(100_000)}=v`, 'http://127.0.0.1:5173/', 'q=why?&zone=prd', 'view=113.3,23.1,7.5#x',
  ];
  const out = [...fixed];
  while (out.length < count) out.push(queryString(r));
  return out;
}

/**
 * How many inputs parseQuery must drop, counted independently of it: unknown parameters, earlier copies
 * of a repeated parameter, unknown list items, bad single values, a bad view, search text over the limit.
 */
export function expectedDrops(input: string): number {
  let drops = 0;
  const seen = new Set<string>();
  for (const [key, value] of searchParamsOf(input)) {
    if (!(PARAMS as readonly string[]).includes(key)) { drops++; continue; }
    if (seen.has(key)) drops++;
    seen.add(key);
    if (Object.hasOwn(LISTS, key)) drops += value.split(',').map((s) => s.trim()).filter((s) => s !== '' && !LISTS[key]!.includes(s)).length;
    else if (Object.hasOwn(SINGLES, key)) drops += (value === '' && key !== 'lang') || SINGLES[key]!.includes(value) ? 0 : 1;
    else if (key === 'view') drops += validView(value) ? 0 : 1;
    else if (key === 'near') drops += value === '' || validNear(value) ? 0 : 1;
    else if (key === 'within') drops += value === '' || !('error' in parseWithin(value)) ? 0 : 1; // the encoding's own tests: spatial.test.ts
    else if (key === 'indicator' || key === 'indicator2') {
      const clean = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim();
      drops += value.trim() !== '' && (clean === '' || [...clean].length > 100) ? 1 : 0;
    } else if (key === 'classing') drops += ['quantile', 'equal', 'jenks', 'manual', 'ckmeans'].includes(value.trim().toLowerCase()) ? 0 : 1;
    else if (key === 'classes') drops += /^\s*[3-7]\s*$/.test(value) ? 0 : 1;
    else if (key === 'breaks') {
      const items = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
      const numbers = items.filter((s) => /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s) && Number.isFinite(Number(s)));
      // every item after the sixth distinct number is dropped unless it repeats one of the six kept
      const kept = new Set<number>();
      for (const n of numbers.map((s) => Number(s) + 0)) if (kept.has(n) || kept.size < 6) kept.add(n); else drops++;
      drops += items.length - numbers.length;
    } else if (key === 'q') drops += [...value.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').trim()].length > Q_MAX ? 1 : 0;
    else if (key === 'theme') drops += value === 'default' || value === 'contrast' ? 0 : 1;
    else if (key === 'present' || key === 'table') drops += value === '1' || value === '0' ? 0 : 1;
    else if (key === 'project' || key === 'subsector') drops += value === '' || /^[a-z0-9][a-z0-9_.-]{0,99}$/.test(value) ? 0 : 1;
    else if (key === 'q') drops += [...value.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').trim()].length > Q_MAX ? 1 : 0;
  }
  return drops;
}

function validNear(value: string): boolean {
  const parts = value.split(',').map((p) => p.trim());
  if (parts.length !== 3 || !parts.every((p) => /^-?\d+(\.\d+)?$/.test(p))) return false;
  const [lon, lat, km] = parts.map(Number) as [number, number, number];
  return Math.abs(lon) <= 180 && Math.abs(lat) <= 85 && km > 0 && km <= 1000 && Math.round(km * 1000) > 0;
}

function validView(value: string): boolean {
  const parts = value.split(',').map((p) => p.trim());
  if (parts.length !== 3 || !parts.every((p) => /^-?\d+(\.\d+)?$/.test(p))) return false;
  const [lon, lat, zoom] = parts.map(Number) as [number, number, number];
  return Math.abs(lon) <= 180 && Math.abs(lat) <= 85 && zoom >= 0 && zoom <= 22;
}
