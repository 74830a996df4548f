/** Starts the Web Worker that reads an imported file (the one-file app swaps in offline-import-worker-start.ts). */
export const startImportWorker = (): Worker => new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
