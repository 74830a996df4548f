// Usage: npx tsx tests/data/find-quote.ts <file.txt> "<quote>"  — prints whether the quote is found.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { normaliseText } from './normalise.ts';

const [file, quote] = process.argv.slice(2);
if (!file || !quote) {
  console.error('usage: find-quote.ts <seed file> "<quote>"');
  process.exit(2);
}
const seeds = process.env.SEEDS_DIR ?? resolve(import.meta.dirname, '../../../shared/seeds');
const text = normaliseText(readFileSync(resolve(seeds, file), 'utf8'));
const found = text.includes(normaliseText(quote));
console.log(found ? 'FOUND' : 'NOT FOUND', quote);
process.exit(found ? 0 : 1);
