import './ui/zod-jitless.ts'; // before anything loads zod (the app's lazy scripts)
import firstView from 'virtual:first-view';
import { parseQuery, toQuery } from './filters/query.ts';
import { DEFAULT_SHOW } from './filters/state.ts';
import { renderFrame, renderLoadError } from './ui/frame.ts';
import { startEarlyMap, type EarlyMap } from './ui/map/map-host.ts';
import './ui/styles.css';
import './ui/a11y.css';

const root = document.getElementById('root')!;
// the one parser of the URL (src/filters/query.ts): the frame, the early map and the app read the same result
const url = parseQuery(location.search);
const { filters, show } = url.state;
// only the language may differ from a link without parameters: then the first view computed at build time is this page's
const plain = toQuery({ filters, show: { ...show, lang: DEFAULT_SHOW.lang } }) === '';

/** The frame, with the map in it: started here, or the one already started shown again after a failed load. */
function showFrame(started: EarlyMap | null): EarlyMap | null {
  const slot = renderFrame(root, show);
  if (started) { started.moveTo(slot); return started; }
  // a link with a view waits for the app's MapView, rather than showing the province and then jumping
  return show.view ? null : startEarlyMap(slot, show, plain ? firstView[show.lang] : undefined);
}

const early = showFrame(null);

/**
 * The app (src/ui/boot.tsx, which then fetches the data), or what failed and a retry. Neither its scripts
 * nor its data are preloaded: downloading and compiling them competed with the first view for the processor.
 */
async function start(): Promise<void> {
  try {
    const { boot } = await import('./ui/boot.tsx');
    await boot(root, { url, early });
  } catch (e) {
    renderLoadError(root, e instanceof Error ? e.message : String(e), () => {
      showFrame(early);
      void start();
    });
  }
}

// a map that draws its whole first view gets the machine first (see EarlyMap.firstViewDrawn); the app's
// scripts then wait one more frame, so that a frame the map asks for right away is not held up by them
void (early?.firstViewDrawn ?? Promise.resolve()).then(() => requestAnimationFrame(() => setTimeout(start)));
