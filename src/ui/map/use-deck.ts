import { useEffect, useState } from 'react';

export type DeckKit = typeof import('./deck-overlay.ts');

/** After the first view is idle, deck.gl is fetched anyway once this much time has passed, so a later toggle is instant. */
const PREFETCH_AFTER_MS = 1500;

export type DeckStatus = { kit: DeckKit | null; failed: string | null; retry: () => void };

/**
 * deck.gl, loaded on demand: at once when a deck.gl layer has something to draw, otherwise a little
 * after the map's first idle. The first view needs none of it (see src/layers/map-style.ts).
 */
export function useDeckKit(needed: boolean, mapReady: boolean): DeckStatus {
  const [kit, setKit] = useState<DeckKit | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (kit || failed || (!needed && !mapReady)) return;
    let live = true;
    const load = () => import('./deck-overlay.ts').then(
      (m) => { if (live) setKit(m); },
      (e: unknown) => { if (live) setFailed(e instanceof Error ? e.message : String(e)); },
    );
    if (needed) { void load(); return () => { live = false; }; }
    const timer = setTimeout(load, PREFETCH_AFTER_MS);
    return () => { live = false; clearTimeout(timer); };
  }, [kit, failed, needed, mapReady, attempt]);
  return { kit, failed, retry: () => { setFailed(null); setAttempt((n) => n + 1); } };
}
