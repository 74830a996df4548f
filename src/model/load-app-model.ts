import type { Features } from './features.ts';
import { joinFeatures } from './join.ts';
import { formatLoadError } from './load-error.ts';
import { loadModel, type DataFiles } from './load.ts';
import type { Model } from './model.ts';
import { parseBoundaries, type BoundaryFiles } from './boundaries.ts';

export type AppModel = { ok: true; model: Model; features: Features } | { ok: false; message: string };

/**
 * The one path from file texts to the model and its joined features: validate data/, parse geo/output,
 * join. The page (fetching the files) and the CLI (reading them from disk) both call it; a failure names
 * the folder, file, record and field.
 */
export function loadAppModel(data: DataFiles, boundaries: BoundaryFiles): AppModel {
  const loaded = loadModel(data);
  if (!loaded.ok) return { ok: false, message: `data/${formatLoadError(loaded.error)}` };
  const parsed = parseBoundaries(boundaries);
  if (!parsed.ok) return { ok: false, message: `geo/output/${formatLoadError(parsed.error)}` };
  return { ok: true, model: loaded.model, features: joinFeatures(loaded.model, parsed.boundaries) };
}
