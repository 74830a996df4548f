import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MAX_WARNINGS, parseQuery, Q_MAX, toQuery, WARNING_TEXT_MAX, type QueryWarning } from '../../../src/filters/query.ts';
import { UrlStateSchema } from '../../../src/filters/state-schema.ts';
import { expectedDrops, FUZZ_SEED, fuzzCorpus } from './fuzz-corpus.ts';

const SEED = FUZZ_SEED;
const CORPUS = fuzzCorpus(SEED, 10_000);
const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

type Parsed = { index: number; input: string; out: ReturnType<typeof parseQuery> };
const thrown: string[] = [];
const parsed: Parsed[] = [];
CORPUS.forEach((input, index) => {
  try {
    parsed.push({ index, input, out: parseQuery(input) });
  } catch (error) {
    thrown.push(`${shownInput(index)} → ${String(error)}`);
  }
});

/** The input as a failure message shows it: its number, escaped and short. */
function shownInput(index: number): string {
  return `input #${index} of seed ${SEED}: ${JSON.stringify(CORPUS[index]!.slice(0, 200))}`;
}
/** The first few inputs that break a property (a message each), so that one run shows several. */
function failures(check: (run: Parsed) => string | undefined): string[] {
  const found: string[] = [];
  for (const run of parsed) {
    const problem = check(run);
    if (problem !== undefined) found.push(`${shownInput(run.index)}: ${problem}`);
    if (found.length === 5) break;
  }
  return found;
}
const codePoints = (s: string) => [...s].length;
// Characters that could break a one-line message or reorder it on screen: controls, separators, bidi, lone surrogates.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u206f\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const KEYS = 'filters,show';

function badWarning(w: QueryWarning): string | undefined {
  if (Object.keys(w).sort().join() !== 'allowed,kind,message,param,value') return `warning keys ${Object.keys(w)}`;
  if (!Array.isArray(w.allowed) || !w.allowed.every((a) => typeof a === 'string')) return `allowed ${JSON.stringify(w.allowed)}`;
  for (const text of [w.param, w.value, w.message]) {
    if (typeof text !== 'string' || UNSAFE.test(text)) return `unsafe text ${JSON.stringify(text)}`;
  }
  if (codePoints(w.param) > WARNING_TEXT_MAX || codePoints(w.value) > WARNING_TEXT_MAX) return `too long: ${JSON.stringify(w)}`;
  return undefined;
}

describe('parseQuery on 10,000 random and hostile query strings', () => {
  it('generates a corpus of at least 10,000 strings, including 100 kB ones', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(10_000);
    expect(CORPUS.filter((s) => s.length >= 100_000).length).toBeGreaterThan(10);
  });

  it('never throws', () => {
    expect(thrown).toEqual([]);
  });

  it('always returns a state that the URL state schema accepts', () => {
    expect(failures(({ out }) => {
      const result = UrlStateSchema.safeParse(out.state);
      return result.success ? undefined : result.error.message;
    })).toEqual([]);
  });

  it('keeps the search text within Q_MAX characters', () => {
    expect(failures(({ out }) => (codePoints(out.state.filters.q) <= Q_MAX ? undefined : `q has ${codePoints(out.state.filters.q)}`))).toEqual([]);
  });

  it('gives every warning a param, a short one-line value and the allowed values', () => {
    expect(failures(({ out }) => out.warnings.map(badWarning).find((p) => p !== undefined))).toEqual([]);
  });

  it('warns once for every dropped input (beyond MAX_WARNINGS, one summary)', () => {
    expect(failures(({ input, out }) => {
      const drops = expectedDrops(input);
      const expected = drops > MAX_WARNINGS ? MAX_WARNINGS + 1 : drops;
      return out.warnings.length === expected ? undefined : `${out.warnings.length} warnings for ${drops} drops: ${JSON.stringify(out.warnings.slice(0, 3))}`;
    })).toEqual([]);
  });

  it('round-trips every state through toQuery exactly, without warnings', () => {
    expect(failures(({ out }) => {
      const query = toQuery(out.state);
      const back = parseQuery(query);
      if (back.warnings.length) return `${query} warns ${JSON.stringify(back.warnings)}`;
      return isDeepStrictEqual(back.state, out.state) ? undefined : `${query} → ${JSON.stringify(back.state)} ≠ ${JSON.stringify(out.state)}`;
    })).toEqual([]);
  });

  it('leaves Object.prototype untouched and returns plain states', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTO_KEYS);
    expect(failures(({ out }) => (Object.getPrototypeOf(out.state) === Object.prototype && Object.keys(out.state).sort().join() === KEYS
      ? undefined : `odd state ${Object.keys(out.state)}`))).toEqual([]);
  });
});

describe('parseQuery against specific attacks', () => {
  it.each([
    '__proto__[polluted]=1', 'constructor.prototype.polluted=1', 'constructor[prototype][polluted]=1',
    '__proto__=polluted&constructor=polluted&prototype=polluted', 'layers=__proto__,constructor&q=__proto__',
  ])('cannot pollute the prototype with %s', (input) => {
    const { state, warnings } = parseQuery(input);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
    expect(warnings.length).toBeGreaterThan(0);
  });

  it('reports a 100 kB value in a warning of at most WARNING_TEXT_MAX characters', () => {
    const { warnings } = parseQuery(`cluster=${'x'.repeat(100_000)}&${'k'.repeat(100_000)}=1`);
    expect(warnings.map((w) => codePoints(w.value))).toEqual([WARNING_TEXT_MAX, 1]);
    expect(codePoints(warnings[1]!.param)).toBe(WARNING_TEXT_MAX);
    expect(JSON.stringify(warnings).length).toBeLessThan(2_000);
  });

  it('lists at most MAX_WARNINGS warnings and counts the rest in one more', () => {
    const { warnings } = parseQuery(`rank=${'x,'.repeat(50_000)}`);
    expect(warnings).toHaveLength(MAX_WARNINGS + 1);
    expect(warnings.at(-1)!.message).toMatch(new RegExp(`^${50_000 - MAX_WARNINGS} more`));
  });

  it('escapes control, bidi and lone-surrogate characters in warning values', () => {
    const { warnings } = parseQuery('zone=a%0Ab&zone=%E2%80%AEevil&lang=%1B%5B31m');
    expect(warnings.map((w) => w.value)).toEqual(['a\\u000ab', 'a\\u000ab', '\\u202eevil', '\\u001b[31m']);
  });

  it('cuts the search text without leaving trailing whitespace, so the cut text round-trips', () => {
    const { state, warnings } = parseQuery(`q=${'x'.repeat(Q_MAX - 1)}+${'y'.repeat(10)}`);
    expect(state.filters.q).toBe('x'.repeat(Q_MAX - 1));
    expect(warnings).toHaveLength(1);
    expect(parseQuery(toQuery(state)).state).toEqual(state);
  });

  it('reads a bare query whose values contain "?" without losing the parameters before it', () => {
    const { state, warnings } = parseQuery('q=why?&zone=prd');
    expect(state.filters.q).toBe('why?');
    expect(state.filters.zone).toEqual(['prd']);
    expect(warnings).toEqual([]);
  });

  it('ignores a "?" that is inside the fragment of a URL', () => {
    expect(parseQuery('http://127.0.0.1:5173/#/?zone=prd').state.filters.zone).toEqual([]);
  });

  it('reads "+" and "%20" alike as a space', () => {
    expect(parseQuery('q=a+b').state.filters.q).toBe(parseQuery('q=a%20b').state.filters.q);
  });

  it('names the earlier value of a repeated parameter, the one that is dropped', () => {
    const { state, warnings } = parseQuery('cluster=automotive&cluster=robotics');
    expect(state.filters.cluster).toBe('robotics');
    expect(warnings).toEqual([expect.objectContaining({ param: 'cluster', value: 'automotive' })] satisfies Partial<QueryWarning>[]);
  });
});
