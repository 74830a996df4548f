import { useEffect, useRef } from 'react';
import { actionForKey, type PresentAction } from '../../present/keys.ts';

/**
 * Listens for the single-key shortcuts (never while typing in a field) and hands each action on. It listens
 * before the map does (capture phase) and keeps a key it acts on from the map: otherwise, with the map
 * focused (after a click on it), MapLibre's keyboard handler would also pan on → and its camera move would
 * overwrite the scene's view. (+ and − still zoom a focused map: they are no shortcut.)
 */
export function useShortcuts(onAction: (action: PresentAction) => void): void {
  const latest = useRef(onAction);
  latest.current = onAction;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const action = actionForKey({
        key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey,
        target: target ? { tagName: target.tagName, isContentEditable: target.isContentEditable, type: (target as HTMLInputElement).type, role: target.getAttribute?.('role') } : null,
      });
      if (!action) return;
      e.preventDefault();
      if (target?.closest?.('.maplibregl-map')) e.stopPropagation(); // the map does not also handle it
      latest.current(action);
    };
    addEventListener('keydown', onKey, true);
    return () => removeEventListener('keydown', onKey, true);
  }, []);
}
