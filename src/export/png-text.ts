import extractChunks from 'png-chunks-extract';
import encodeChunks from 'png-chunks-encode';

/** The keyword PNG readers show as an image's description (PNG spec §11.3.4.2, predefined keywords). */
export const DESCRIPTION = 'Description';

const utf8 = new TextEncoder();

/**
 * A PNG with an uncompressed iTXt chunk added after IHDR: `keyword` (Latin-1) = `text` (UTF-8, so
 * Chinese survives; tEXt is Latin-1 only), tagged with the language. PNG spec §11.3.4.5.
 */
export function withPngText(png: Uint8Array, keyword: string, text: string, lang: string): Uint8Array {
  const chunks = extractChunks(png).filter((c) => !(c.name === 'iTXt' && keywordOf(c.data) === keyword));
  const head = Uint8Array.from([...keyword].map((ch) => ch.charCodeAt(0) & 0xff));
  const body = utf8.encode(text);
  const tag = utf8.encode(lang);
  // keyword \0 · compression flag 0 · method 0 · language tag \0 · translated keyword (empty) \0 · text
  const data = new Uint8Array(head.length + 3 + tag.length + 2 + body.length);
  data.set(head, 0);
  data.set(tag, head.length + 3);
  data.set(body, head.length + 3 + tag.length + 2);
  chunks.splice(1, 0, { name: 'iTXt', data });
  return encodeChunks(chunks);
}

/** The text of a PNG's iTXt chunk with this keyword (uncompressed ones), or null. */
export function pngText(png: Uint8Array, keyword: string): string | null {
  for (const c of extractChunks(png)) {
    if (c.name !== 'iTXt' || keywordOf(c.data) !== keyword || c.data[keyword.length + 1] !== 0) continue;
    let at = keyword.length + 3;
    at = c.data.indexOf(0, at) + 1; // after the language tag
    at = c.data.indexOf(0, at) + 1; // after the translated keyword
    return new TextDecoder().decode(c.data.subarray(at));
  }
  return null;
}

const keywordOf = (data: Uint8Array) => String.fromCharCode(...data.subarray(0, Math.max(0, data.indexOf(0))));
