// The one inline script of the one-file app (build/single-file.ts): the app's code is split into chunks
// as in the served build, each kept in the page as a deflated base64 block (src/export/embedded-encoding.ts),
// and this loader turns the chunks the first view needs into module scripts from object URLs — so, as
// when served, the map starts after compiling MapLibre and the first view alone, and the app's code is
// inflated and compiled only when main.ts asks for it. A chunk names the chunks it imports as
// "gd-chunk:<file>" (static imports, replaced by their object URLs here) and loads the others with
// __gdImport("<file>") (dynamic imports).

/** Chunk file → the chunk files it imports statically. */
export type ChunkImports = Record<string, readonly string[]>;

export const CHUNK_SPECIFIER = 'gd-chunk:';
export const CHUNK_IMPORT = '__gdImport';

/** The loader's source: plain JS for the page, with the entry and the static import graph written in. */
export const offlineLoader = (entry: string, imports: ChunkImports): string => `const imports = ${JSON.stringify(imports)};
const blocks = new Map(Array.from(document.querySelectorAll('script[type="text/plain"][data-file]'), (s) => [s.dataset.file, s.textContent]));
const urls = new Map();
const inflate = async (name) => {
  const block = blocks.get(name);
  if (block === undefined) throw new Error(name + ': not in this file');
  const binary = atob(block);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).text();
};
const chunkUrl = (name) => {
  let url = urls.get(name);
  if (!url) {
    urls.set(name, url = Promise.all([inflate(name), ...(imports[name] ?? []).map(chunkUrl)]).then(([code, ...deps]) => {
      (imports[name] ?? []).forEach((dep, i) => { code = code.replaceAll(JSON.stringify(${JSON.stringify(CHUNK_SPECIFIER)} + dep), JSON.stringify(deps[i])); });
      return URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
    }));
  }
  return url;
};
globalThis.${CHUNK_IMPORT} = async (name) => import(await chunkUrl(name));
${CHUNK_IMPORT}(${JSON.stringify(entry)}).catch((e) => {
  document.getElementById('root').textContent = '无法打开此文件 · This file could not be opened: ' + (e && e.message || e);
  throw e;
});
`;
