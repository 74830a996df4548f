import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseSceneDeck } from '../present/scenes.ts';
import { DataError, loadFromDisk } from './files.ts';

// `npm run validate` (and so `npm run build`): fail loudly on any invalid data, boundary or scene record.
try {
  const { model } = loadFromDisk();
  const deck = parseSceneDeck(readFileSync(resolve(import.meta.dirname, '../../data/scenes.json'), 'utf8'));
  if (!deck.ok) throw new DataError(`scenes.json: ${deck.errors.join('; ')}`);
  if (deck.warnings.length) throw new DataError(`scenes.json: ${deck.warnings.join('; ')}`);
  console.log(`data ok: ${model.cities.length} cities, ${model.clusters.length} clusters, ${model.subSectors.length} sub-sectors, ${model.disagreements.length} disagreements, ${model.projects.length} projects, ${deck.deck.scenes.length} scenes (version ${model.version})`);
} catch (e) {
  if (!(e instanceof DataError)) throw e;
  console.error(`invalid data: ${e.message}`);
  process.exit(1);
}
