import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BOUNDARY_FILES, DATA_FILES, loadAppModel, type BoundaryFiles, type DataFiles, type Features, type Model } from '../model/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Reads data/ and geo/output/ from the repository and builds the model and features (Node only). */
export function loadFromDisk(root = ROOT): { model: Model; features: Features } {
  const read = <F extends string>(folder: string, files: readonly F[]) =>
    Object.fromEntries(files.map((f) => [f, readFileSync(resolve(root, folder, f), 'utf8')])) as Record<F, string>;
  const loaded = loadAppModel(read('data', DATA_FILES) as DataFiles, read('geo/output', BOUNDARY_FILES) as BoundaryFiles);
  if (!loaded.ok) throw new DataError(loaded.message);
  return { model: loaded.model, features: loaded.features };
}

export class DataError extends Error {}
