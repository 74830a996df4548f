import { DataError, loadFromDisk } from './files.ts';

// `npm run validate` (and so `npm run build`): fail loudly on any invalid data or boundary record.
try {
  const { model } = loadFromDisk();
  console.log(`data ok: ${model.cities.length} cities, ${model.clusters.length} clusters, ${model.subSectors.length} sub-sectors, ${model.projects.length} projects (version ${model.version})`);
} catch (e) {
  if (!(e instanceof DataError)) throw e;
  console.error(`invalid data: ${e.message}`);
  process.exit(1);
}
