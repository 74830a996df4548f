import workerUrl from './import-worker.ts?worker&url';
import { embeddedText } from '../map/offline-sources.ts';

// the bundled worker's file name: build/single-file.ts embeds the worker under it
const workerFile = workerUrl.slice(workerUrl.lastIndexOf('/') + 1);

/**
 * import-worker-start.ts for the one-file app: the worker's code is in the page. A data: URL, as MapLibre
 * does on file://, where a worker from an object URL of an opaque-origin page fails to load.
 */
export const startImportWorker = (): Worker =>
  new Worker(`data:text/javascript;charset=utf-8,${encodeURIComponent(embeddedText(workerFile))}`, { type: 'module' });
