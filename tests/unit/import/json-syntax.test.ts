import { describe, expect, it } from 'vitest';
import { locateJsonError } from '../../../src/import/json-syntax.ts';

const where = (text: string) => {
  const e = locateJsonError(text);
  return e && [e.line, e.column, e.offset, e.expected.en];
};

describe('locateJsonError', () => {
  it('finds nothing wrong in valid JSON', () => {
    for (const text of ['{}', ' [1, -2.5e3, "a\\u00e9\\n", true, false, null, {"a": []}] ', '"x"']) expect(where(text)).toBeNull();
  });

  it('points at a trailing comma', () => {
    expect(where('{"a": 1,}')).toEqual([1, 9, 8, 'a property name in double quotes']);
  });

  it('points at the end of truncated input', () => {
    expect(where('{"a": [1, 2')).toEqual([1, 12, 11, "',' or ']'"]);
    expect(where('')).toEqual([1, 1, 0, 'a value']);
  });

  it('counts lines and columns', () => {
    expect(where('{\n  "a": 1\n  "b": 2\n}')).toEqual([3, 3, 13, "',' or '}'"]);
  });

  it('points at bad strings, single quotes, bare words and extra content', () => {
    expect(where('{"a": "x\ny"}')).toEqual([1, 9, 8, 'a valid string (unclosed quote, control character or bad escape)']);
    expect(where("{'a': 1}")).toEqual([1, 2, 1, "a property name in double quotes or '}'"]);
    expect(where('[NaN]')).toEqual([1, 2, 1, "a value or ']'"]);
    expect(where('{} {}')).toEqual([1, 4, 3, 'the end of the file (extra content here)']);
  });

  it('agrees with JSON.parse on what is valid for deeply nested input', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(where(deep)).toBeNull();
    expect(where(deep.slice(0, -1))).toEqual([1, 200_000, 199_999, "',' or ']'"]);
  });
});
