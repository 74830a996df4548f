import { useEffect, useRef } from 'react';
import { actionForKey, type PresentAction } from '../../present/keys.ts';

const SCENE_KEYS = new Set<PresentAction['type']>(['scene/next', 'scene/previous']);

/**
 * Listens for the single-key shortcuts (never while typing in a field) and hands each action on. It listens
 * before the map does (capture phase) and keeps a key it acts on from the map: otherwise, with the map
 * focused (after a click on it), MapLibre's keyboard handler would also pan on → and its camera move would
 * overwrite the scene's view. Outside presenting, the arrow keys on a focused map still pan the map.
 */
export function useShortcuts(onAction: (action: PresentAction) => void, presenting: boolean): void {
  const latest = useRef({ onAction, presenting });
  latest.current = { onAction, presenting };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const action = actionForKey({
        key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey,
        target: target ? { tagName: target.tagName, isContentEditable: target.isContentEditable, type: (target as HTMLInputElement).type } : null,
      });
      if (!action) return;
      const onMap = !!target?.closest?.('.maplibregl-map');
      if (onMap && !latest.current.presenting && SCENE_KEYS.has(action.type) && e.key.startsWith('Arrow')) return;
      e.preventDefault();
      if (onMap) e.stopPropagation(); // the map does not also handle it
      latest.current.onAction(action);
    };
    addEventListener('keydown', onKey, true);
    return () => removeEventListener('keydown', onKey, true);
  }, []);
}
