import firstView from 'virtual:first-view';
import { frameHints, renderFrame, renderLoadError } from './ui/frame.ts';
import { firstViewDrawn, startMapEarly } from './ui/map-host.ts';
import './ui/styles.css';

const root = document.getElementById('root')!;
const hints = frameHints(location.search);

/** The frame, with the map in it: started here, or shown again after a failed load. */
function showFrame(): void {
  const slot = renderFrame(root, hints);
  // a link with a view waits for the app's parser, rather than showing the province and then jumping
  if (!hints.hasView) startMapEarly(slot, { lang: hints.lang, view: null }, hints.plain ? firstView[hints.lang] : undefined);
}

/** The app (src/ui/boot.tsx; index.html preloads its data, not its scripts), or what failed and a retry. */
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
