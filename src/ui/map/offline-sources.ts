import { addProtocol } from 'maplibre-gl';
import { decodeEmbedded } from '../../export/embedded-encoding.ts';
import { OFFLINE_VIEW_ID, viewOf } from '../../export/offline-html.ts';

// The one-file app (src/export/offline-html.ts) reads no other file: its data, boundaries, tiles and
// MapLibre's worker are text blocks in the page (<script type="text/plain" data-file="…">, deflated and in
// base64: src/export/embedded-encoding.ts). The app's
// own fetches get object URLs of them; MapLibre, whose worker on file:// runs from a data: URL and so
// cannot read the page's object URLs, asks for its sources through the `gdmap://` protocol instead,
// which MapLibre answers on the page.

export const OFFLINE_PROTOCOL = 'gdmap';
export const TILES_FILE = 'tiles.json';

const blocks = new Map(Array.from(document.querySelectorAll<HTMLScriptElement>('script[type="text/plain"][data-file]'), (s) => [s.dataset.file!, s.textContent ?? '']));
const urls = new Map<string, string>();

/** The text of an embedded file, decoded; throws naming it when the page does not hold it or it is damaged. */
export function embeddedText(name: string): string {
  const block = blocks.get(name);
  if (block === undefined) throw new Error(`${name}: not in this file`);
  try {
    return decodeEmbedded(block);
  } catch (e) {
    throw new Error(`${name}: damaged in this file (${(e as Error).message})`);
  }
}

/** An object URL of an embedded file (made once). */
export function embeddedUrl(name: string, type = 'application/json'): string {
  let url = urls.get(name);
  if (!url) urls.set(name, url = URL.createObjectURL(new Blob([embeddedText(name)], { type })));
  return url;
}

/** The parts of the page that make the one-file app again (see "save this view as a file"). */
export function embeddedParts() {
  return {
    csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
    style: document.getElementById('gd-style')?.textContent ?? '',
    script: document.getElementById('gd-app')?.textContent ?? '',
    files: [...blocks.entries()],
  };
}

/** The view the file was saved at ('' = the default view). */
export const embeddedView = (): string => viewOf(document.getElementById(OFFLINE_VIEW_ID)?.textContent ?? '""');

let tiles: Record<string, string> | null = null;
const decodeBase64 = (b64: string): ArrayBuffer => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)).buffer;

/** Answers MapLibre's `gdmap://tiles/z/x/y` and `gdmap://<file>.geojson` from the embedded files. */
addProtocol(OFFLINE_PROTOCOL, async ({ url }) => {
  const path = url.slice(`${OFFLINE_PROTOCOL}://`.length);
  if (path.startsWith('tiles/')) {
    tiles ??= JSON.parse(embeddedText(TILES_FILE)) as Record<string, string>;
    const b64 = tiles[path.slice('tiles/'.length)];
    if (b64 === undefined) throw new Error(`${url}: no such tile`);
    return { data: decodeBase64(b64) };
  }
  return { data: JSON.parse(embeddedText(path)) as object };
});
