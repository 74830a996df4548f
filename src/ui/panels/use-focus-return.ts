import { useEffect, useRef } from 'react';

/**
 * Keeps where focus was when a panel opened (`open` turns from null to a key) and returns it there when
 * the panel closes (back to null) and focus went with the panel; moving from one panel to the next keeps
 * the first opener.
 */
export function useFocusReturn(open: string | null): void {
  const opener = useRef<HTMLElement | null>(null);
  const was = useRef<string | null>(open);
  useEffect(() => {
    const before = was.current;
    was.current = open;
    if (open && !before) {
      opener.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
      // opened from the map's list by keyboard: focus goes into the panel (its Escape brings it back)
      if (opener.current?.getAttribute('role') === 'listbox') document.querySelector<HTMLElement>('.detail')?.focus();
    }
    const lost = () => !document.activeElement || document.activeElement === document.body;
    // one panel gave way to another (a project's closed over its city's): focus goes into the one shown
    if (open && before && open !== before && (lost() || document.activeElement?.getAttribute('role') === 'listbox')) document.querySelector<HTMLElement>('.detail')?.focus();
    if (!open && before) {
      if (lost() && opener.current?.isConnected) opener.current.focus();
      opener.current = null;
    }
  }, [open]);
}
