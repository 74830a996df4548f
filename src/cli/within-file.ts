import { readFileSync } from 'node:fs';
import { shown } from '../filters/query.ts';
import { withinFromGeoJSON } from '../filters/spatial-geojson.ts';
import { withinText } from '../filters/spatial.ts';
import { UsageError } from './args.ts';

/** --within FILE.geojson → the URL's `within` text for its polygons; a one-line UsageError for a file that is not one. */
export function withinOfFile(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`--within "${shown(file, 300)}": ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  const read = withinFromGeoJSON(text.replace(/^\uFEFF/, ''));
  if ('error' in read) throw new UsageError(`--within "${shown(file, 300)}": ${read.error}`);
  return withinText(read.within);
}
