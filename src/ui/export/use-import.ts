import { useCallback, useRef, useState } from 'react';
import { MAX_BYTES, type ImportContext, type ImportIssue } from '../../import/index.ts';
import { dismissFailure, importFinished, importRefused, importStarted, keepValidRows, type ImportStatus } from '../../import/status.ts';
import type { Features, Model } from '../../model/index.ts';
import type { ImportDatum } from '../../import/datum.ts';
import type { ImportRequest } from './import-worker.ts';
import { startImportWorker } from './import-worker-start.ts';

export type { ImportStatus } from '../../import/status.ts';

const TIMEOUT_MS = 60_000;
const issue = (zh: string, en: string): ImportIssue => ({ row: null, field: null, message_zh: zh, message_en: en });

/** Reads a dropped or picked file in a Web Worker and keeps the result: a whole layer, or every error (the layer shown before stays). */
export function useImport(model: Model, features: Features) {
  const [status, setStatus] = useState<ImportStatus>({ kind: 'idle' });
  const [datum, setDatum] = useState<ImportDatum>('wgs84');
  const worker = useRef<Worker | null>(null);
  const importFile = useCallback(async (file: File) => {
    if (file.size > MAX_BYTES) {
      setStatus((s) => importRefused(s, file.name, [issue(`文件有 ${(file.size / 1048576).toFixed(1)} MB，超过 20 MB 上限`, `The file is ${(file.size / 1048576).toFixed(1)} MB; the limit is 20 MB`)]));
      return;
    }
    setStatus((s) => importStarted(s, file.name));
    const bytes = new Uint8Array(await file.arrayBuffer());
    const ctx: ImportContext = {
      cities: model.cities,
      cityShapes: new Map(features.cities.features.map((f) => [f.id, f.geometry])),
      cityPoints: features.cityPoints,
    };
    worker.current?.terminate();
    const w = startImportWorker();
    worker.current = w;
    const timer = setTimeout(() => {
      w.terminate();
      setStatus((s) => importRefused(s, file.name, [issue('读取超时，文件未导入', 'Reading the file took too long; nothing was imported')]));
    }, TIMEOUT_MS);
    w.onmessage = (e: MessageEvent) => {
      clearTimeout(timer);
      w.terminate();
      const result = e.data as import('../../import/index.ts').ImportResult;
      setStatus((s) => importFinished(s, file.name, result));
    };
    w.onerror = (e) => {
      clearTimeout(timer);
      w.terminate();
      setStatus((s) => importRefused(s, file.name, [issue(`无法读取文件：${e.message}`, `The file could not be read: ${e.message}`)]));
    };
    w.postMessage({ name: file.name, bytes, ctx, datum } satisfies ImportRequest, [bytes.buffer]);
  }, [model, features, datum]);
  const clear = useCallback(() => setStatus({ kind: 'idle' }), []);
  const keepValid = useCallback(() => setStatus(keepValidRows), []);
  const dismiss = useCallback(() => setStatus(dismissFailure), []);
  return { status, importFile, clear, keepValid, dismiss, datum, setDatum };
}
