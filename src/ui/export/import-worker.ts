// Parses an imported file off the main thread, so a 20 MB file never freezes the tab.
import { parseImport, type ImportContext, type ImportResult } from '../../import/index.ts';

export interface ImportRequest { name: string; bytes: Uint8Array; ctx: ImportContext }

self.onmessage = (e: MessageEvent<ImportRequest>) => {
  let result: ImportResult;
  try {
    result = parseImport({ name: e.data.name, bytes: e.data.bytes }, e.data.ctx);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    result = { ok: false, errors: [{ row: null, field: null, message_zh: `无法读取文件：${message}`, message_en: `The file could not be read: ${message}` }] };
  }
  (self as unknown as Worker).postMessage(result);
};
