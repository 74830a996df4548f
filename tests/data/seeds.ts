import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Document } from '../../src/model/index.ts';
import { normaliseText } from './normalise.ts';

/** Where the source documents live: $SEEDS_DIR, or ../shared/seeds beside the repository. */
export const SEEDS_DIR = process.env.SEEDS_DIR ?? resolve(import.meta.dirname, '../../../shared/seeds');
export const seedsPresent = existsSync(SEEDS_DIR);
if (!seedsPresent) {
  console.warn(`[data tests] source documents not found at ${SEEDS_DIR}: quote checks are skipped (set SEEDS_DIR to run them)`);
}

const cache = new Map<string, string>();
/** A document's text, normalised for quote matching. */
export function normalisedDocument(doc: Document): string {
  let text = cache.get(doc.id);
  if (text === undefined) {
    text = normaliseText(readFileSync(resolve(SEEDS_DIR, doc.file), 'utf8'));
    cache.set(doc.id, text);
  }
  return text;
}
export function rawDocument(doc: Document): string {
  return readFileSync(resolve(SEEDS_DIR, doc.file), 'utf8');
}
