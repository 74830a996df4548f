import type { PropertyValue } from './schema.ts';

/** Flat properties, plus the names of values that had to be written as JSON text. */
export interface Flattened { properties: Record<string, PropertyValue>; flattened: string[] }

/** Keeps strings, finite numbers, booleans and null as they are; nested objects and arrays become JSON text. */
export function flattenProperties(raw: Record<string, unknown>): Flattened {
  const flattened: string[] = [];
  // Object.fromEntries defines own properties, so a "__proto__" key stays an ordinary key
  const properties = Object.fromEntries(Object.entries(raw).map(([key, value]): [string, PropertyValue] => {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return [key, value];
    if (typeof value === 'number' && Number.isFinite(value)) return [key, value];
    flattened.push(key);
    return [key, asText(value)];
  }));
  return { properties, flattened };
}

function asText(value: unknown): string {
  if (typeof value === 'number') return String(value); // 1e999 in JSON parses to Infinity
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return '[nested too deeply]'; // JSON.stringify overflows the stack on pathological nesting
  }
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A spreadsheet would run this text as a formula (a plain signed number such as "-12.5" is not flagged). */
export function isFormulaLike(value: PropertyValue): boolean {
  return typeof value === 'string' && FORMULA_START.test(value) && !PLAIN_NUMBER.test(value); // test() anchors at 0: cheap
}
