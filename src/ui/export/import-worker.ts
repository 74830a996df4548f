// Parses an imported file off the main thread, so a 20 MB file never freezes the tab.
import '../zod-jitless.ts'; // first: the worker has the page's CSP, no eval (see there)
import type { ImportDatum } from '../../import/datum.ts';
import type { ImportContext, ImportResult } from '../../import/index.ts';
import { parseAnyImport } from '../../import/parse-any.ts';
import { pageSqlite } from './page-sqlite.ts';

export interface ImportRequest { name: string; bytes: Uint8Array; ctx: ImportContext; datum: ImportDatum }

self.onmessage = async (e: MessageEvent<ImportRequest>) => {
  let result: ImportResult;
  try {
    // GeoJSON and CSV as before; zipped Shapefiles, KML/KMZ and GeoPackages load their readers on demand
    result = await parseAnyImport({ name: e.data.name, bytes: e.data.bytes }, e.data.ctx, { datum: e.data.datum, sqlite: pageSqlite });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    result = { ok: false, errors: [{ row: null, field: null, message_zh: `无法读取文件：${message}`, message_en: `The file could not be read: ${message}` }] };
  }
  (self as unknown as Worker).postMessage(result);
};
