// The one-file app (dist/guangdong-map.html) as text: the build writes it from its parts, and "save this
// view as a file" (page and CLI) writes the same file with a view embedded. No DOM: the page, the build
// and the CLI run this same code, so they write the same bytes.

/** Everything the one-file app holds except the view it opens at. */
export interface OfflineParts {
  csp: string;                            // its Content-Security-Policy: the app's script allowed by its hash
  style: string;                          // the app's CSS
  script: string;                         // the whole app as one ES module
  files: (readonly [string, string])[];   // data, boundaries, tiles and workers by file name, in a fixed order; the build stores each as embedded-encoding.ts encodes it
}

export const OFFLINE_FILE_NAME = 'guangdong-map.html';
const VIEW_ID = 'gd-view';
const VIEW_BLOCK = new RegExp(`<script type="application/json" id="${VIEW_ID}">[^<]*</script>`);

/** Text inside a <script> or <style> element ends at the first end tag of its kind (nor may a script hold a comment start). */
function checkRaw(name: string, text: string, tag: 'script' | 'style'): string {
  const at = text.search(new RegExp(`</${tag}|<!-{2}`, 'i')); // "-{2}": this module is in the app's own script
  if (at >= 0) {
    throw new Error(`${name}: contains the end of its block or a comment start at ${at}: ${JSON.stringify(text.slice(at - 40, at + 20))}`);
  }
  if (text.includes('\r')) throw new Error(`${name}: contains a carriage return, which HTML parsing would change`);
  return text;
}

/** The view's query text as a JSON string a <script> block can hold. */
const viewBlock = (query: string) =>
  `<script type="application/json" id="${VIEW_ID}">${JSON.stringify(query.replace(/^\?/, '')).replaceAll('<', '\\u003c')}</script>`;

/** The one-file app opening at `query` (a canonical query string, '' for the default view). */
export function offlineHtml(parts: OfflineParts, query: string): string {
  if (/["&<>]/.test(parts.csp)) throw new Error('csp: contains a character that would need escaping');
  const files = parts.files.map(([name, text]) => {
    if (!/^[\w.-]+$/.test(name)) throw new Error(`${name}: not a plain file name`);
    return `<script type="text/plain" data-file="${name}">${checkRaw(name, text, 'script')}</script>\n`;
  });
  return [
    '<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="UTF-8">\n',
    `<meta http-equiv="Content-Security-Policy" content="${parts.csp}">\n`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    '<meta name="description" content="广东省区域发展布局地图 · Guangdong Regional Layout Map">\n',
    '<link rel="icon" href="data:,">\n<title>广东省区域发展布局 · Guangdong Regional Layout</title>\n',
    `<style id="gd-style">${checkRaw('style', parts.style, 'style')}</style>\n`,
    `${viewBlock(query)}\n</head>\n<body>\n`,
    '<div id="root"><div class="loading" role="status">正在加载地图数据… Loading map data…</div></div>\n',
    ...files,
    `<script type="module" id="gd-app">${checkRaw('script', parts.script, 'script')}</script>\n`,
    '</body>\n</html>\n',
  ].join('');
}

/** The same one-file app opening at another view: only its view block changes. */
export function withView(html: string, query: string): string {
  if (!VIEW_BLOCK.test(html)) throw new Error(`not a one-file app: no view block (${VIEW_ID})`);
  return html.replace(VIEW_BLOCK, () => viewBlock(query));
}

/** The view a one-file app opens at, from its view block's text ('' = the default view). */
export function viewOf(blockText: string): string {
  const value: unknown = JSON.parse(blockText);
  return typeof value === 'string' ? value : '';
}

export const OFFLINE_VIEW_ID = VIEW_ID;
