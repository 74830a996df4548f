import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

// The one-file app (src/export/offline-html.ts) holds its data, boundaries, tiles and workers as text
// blocks, each deflated and written in base64: 2.1 MB of text become 0.8 MB, which keeps the file a
// user carries small and its HTML quick to parse. The build encodes; the page decodes a block when it
// is first read, synchronously (fflate), since MapLibre's worker and the app's URLs are made at start.

const CHUNK = 0x8000; // bytes per String.fromCharCode call (its argument count is bounded)

/** A file's text as the one-file app stores it: deflated (level 9; fflate is deterministic), base64. */
export function encodeEmbedded(text: string): string {
  const bytes = deflateSync(strToU8(text), { level: 9 });
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** The text of a block written by `encodeEmbedded`; throws on a block that is not one. */
export function decodeEmbedded(block: string): string {
  const binary = atob(block.trim());
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return strFromU8(inflateSync(bytes));
}
