import firstView from 'virtual:first-view';
import { frameHints, renderFrame, renderLoadError } from './ui/frame.ts';
import { firstViewDrawn, startMapEarly } from './ui/map/map-host.ts';
import './ui/styles.css';

const root = document.getElementById('root')!;
const hints = frameHints(location.search);

/** The frame, with the map in it: started here, or shown again after a failed load. */
function showFrame(): void {
  const slot = renderFrame(root, hints);
  // a link with a view waits for the app's parser, rather than showing the province and then jumping
  if (!hints.hasView) startMapEarly(slot, { lang: hints.lang, view: null }, hints.plain ? firstView[hints.lang] : undefined);
}

/**
 * The app (src/ui/boot.tsx, which then fetches the data), or what failed and a retry. Neither its scripts
 * nor its data are preloaded: downloading and compiling them competed with the first view for the processor.
 */
async function start(): Promise<void> {
  try {
    const { boot } = await import('./ui/boot.tsx');
    await boot(root);
  } catch (e) {
    renderLoadError(root, e instanceof Error ? e.message : String(e), () => {
      showFrame();
      void start();
    });
  }
}

showFrame();
// a map that draws its whole first view gets the machine first (see firstViewDrawn); the app's scripts
// then wait one more frame, so that a frame the map asks for right away is not held up by them
void firstViewDrawn().then(() => requestAnimationFrame(() => setTimeout(start)));
