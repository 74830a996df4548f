import { useEffect, useRef } from 'react';
import { actionForKey, type PresentAction } from '../../present/keys.ts';

/** Listens for the single-key shortcuts (never while typing in a field) and hands each action on. */
export function useShortcuts(onAction: (action: PresentAction) => void): void {
  const latest = useRef(onAction);
  latest.current = onAction;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const action = actionForKey({
        key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey,
        target: target ? { tagName: target.tagName, isContentEditable: target.isContentEditable, type: (target as HTMLInputElement).type } : null,
      });
      if (!action) return;
      e.preventDefault();
      latest.current(action);
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
}
