import ImportWorker from './import-worker.ts?worker&inline';

/** import-worker-start.ts for the one-file app: the worker's code is in the page, started from an object URL. */
export const startImportWorker = (): Worker => new ImportWorker();
