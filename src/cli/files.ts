import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  BOUNDARY_FILES, DATA_FILES, formatLoadError, joinFeatures, loadModel, parseBoundaries,
  type BoundaryFiles, type DataFiles, type Features, type Model,
} from '../model/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Reads data/ and geo/output/ from the repository and builds the model and features (Node only). */
export function loadFromDisk(root = ROOT): { model: Model; features: Features } {
  const data = Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(resolve(root, 'data', f), 'utf8')])) as DataFiles;
  const loaded = loadModel(data);
  if (!loaded.ok) throw new DataError(`data/${formatLoadError(loaded.error)}`);
  const geo = Object.fromEntries(BOUNDARY_FILES.map((f) => [f, readFileSync(resolve(root, 'geo/output', f), 'utf8')])) as BoundaryFiles;
  const boundaries = parseBoundaries(geo);
  if (!boundaries.ok) throw new DataError(`geo/output/${formatLoadError(boundaries.error)}`);
  return { model: loaded.model, features: joinFeatures(loaded.model, boundaries.boundaries) };
}

export class DataError extends Error {}
