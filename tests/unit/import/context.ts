import type { ImportContext, ImportResult } from '../../../src/import/index.ts';
import { parseImport } from '../../../src/import/index.ts';
import { features, model } from '../../load-repo.ts';

/** The real 21 cities, their boundaries and label points, as the app builds the import context. */
export const ctx: ImportContext = {
  cities: model.cities,
  cityShapes: new Map(features.cities.features.map((f) => [f.id, f.geometry])),
  cityPoints: features.cityPoints,
};

const encoder = new TextEncoder();

/** Parses text as if a file of that name had been dropped. */
export const importText = (name: string, text: string): ImportResult => parseImport({ name, bytes: encoder.encode(text) }, ctx);

/** The layer of a result that must be ok (fails the test with the errors otherwise). */
export function layerOf(result: ImportResult) {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors, null, 1)}`);
  return result.layer;
}

/** The errors of a result that must be refused. */
export function errorsOf(result: ImportResult) {
  if (result.ok) throw new Error(`expected errors, got a layer of ${result.layer.features.length} features`);
  return result.errors;
}
