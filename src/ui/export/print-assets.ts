import regularUrl from '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff?url';
import boldUrl from '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-700-normal.woff?url';
import symbols100Url from '@fontsource/noto-sans-sc/files/noto-sans-sc-100-400-normal.woff?url';
import symbols102Url from '@fontsource/noto-sans-sc/files/noto-sans-sc-102-400-normal.woff?url';
import symbols106Url from '@fontsource/noto-sans-sc/files/noto-sans-sc-106-400-normal.woff?url';
import symbols109Url from '@fontsource/noto-sans-sc/files/noto-sans-sc-109-400-normal.woff?url';
import resvgUrl from '@resvg/resvg-wasm/index_bg.wasm?url';
import harfbuzzUrl from 'harfbuzzjs/dist/harfbuzz-subset.wasm?url';
import neighbourLabelsUrl from '../../../geo/output/neighbour-labels.geojson?url';
import neighboursUrl from '../../../geo/output/neighbours.geojson?url';
import provinceUrl from '../../../geo/output/province.geojson?url';
import type { PrintFileAssets } from '../../export/print.ts';
import { PRINT_FONT_FILES } from '../../export/print-fonts.ts';
import { parseBasemap, type PrintBasemap } from '../../print/input.ts';

// The same files the CLI reads from node_modules and geo/output (src/cli/print-files.ts), fetched on demand.
const FONT_URLS = { regular: regularUrl, bold: boldUrl, symbols: [symbols100Url, symbols102Url, symbols106Url, symbols109Url] };
if (FONT_URLS.symbols.length !== PRINT_FONT_FILES.symbols.length) throw new Error('print fonts: the page and the CLI list different files');

const bytes = async (url: string) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
};
const text = async (url: string) => new TextDecoder().decode(await bytes(url));

let loaded: Promise<{ assets: Required<PrintFileAssets>; basemap: PrintBasemap }> | null = null;

/** Fonts, wasm and basemap files for printing, fetched once. */
export function loadPrintAssets() {
  loaded ??= (async () => {
    const [regular, bold, symbols, harfbuzz, resvg, province, neighbours, labels] = await Promise.all([
      bytes(FONT_URLS.regular), bytes(FONT_URLS.bold), Promise.all(FONT_URLS.symbols.map(bytes)),
      bytes(harfbuzzUrl), bytes(resvgUrl), text(provinceUrl), text(neighboursUrl), text(neighbourLabelsUrl),
    ]);
    return {
      assets: { fonts: { regular, bold, symbols }, harfbuzz, resvg },
      basemap: parseBasemap({ 'province.geojson': province, 'neighbours.geojson': neighbours, 'neighbour-labels.geojson': labels }),
    };
  })();
  loaded.catch(() => { loaded = null; }); // a failed fetch may be retried
  return loaded;
}
