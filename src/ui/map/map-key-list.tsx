import { memo, useEffect, useMemo, useRef, useState, type Dispatch, type KeyboardEvent, type MutableRefObject } from 'react';
import type { Visible } from '../../filters/apply.ts';
import type { ShowState } from '../../filters/state.ts';
import { t } from '../../i18n/strings.ts';
import type { Features, Model } from '../../model/index.ts';
import { mapItems, optionWindow, stepIndex, type MapItem } from '../../present/map-order.ts';
import type { Action } from '../store.ts';

type PointOf = (lonLat: [number, number]) => { x: number; y: number };

interface Props {
  model: Model; features: Features; visible: Visible; layers: ShowState['layers']; lang: ShowState['lang'];
  dispatch: Dispatch<Action>; pointRef: MutableRefObject<PointOf | null>;
}


const STEPS: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1, PageDown: 10, PageUp: -10, Home: -Infinity, End: Infinity };
const optionId = (item: MapItem) => `map-item-${item.kind}-${item.id}`;

/**
 * The map's cities and projects as a list box a keyboard reaches (Tab): arrows step through them north to
 * south, west to east; the active one is outlined on the map like a hover; Enter opens its panel.
 */
// memo: the camera moves on every pan and this list does not depend on it
export const MapKeyList = memo(function MapKeyList({ model, features, visible, layers, lang, dispatch, pointRef }: Props) {
  const items = useMemo(() => mapItems(model, features, visible, { layers }, lang), [model, features, visible, layers, lang]);
  const indexOf = useMemo(() => new Map(items.map((x, i) => [`${x.kind}:${x.id}`, i])), [items]);
  const [activeId, setActiveId] = useState<string | null>(null); // "kind:id", kept while the list changes
  const [focused, setFocused] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const index = activeId === null ? -1 : indexOf.get(activeId) ?? -1;
  const active = index >= 0 ? items[index]! : null;
  const [from, to] = optionWindow(Math.max(index, 0), items.length);

  // the active item is marked on the map as a hover is, while the list has focus
  useEffect(() => {
    if (!focused || !active) return;
    const point = pointRef.current?.([active.lon, active.lat]) ?? { x: 16, y: 16 };
    dispatch({ type: 'hover', hover: active.kind === 'city' ? { city: active.id, x: point.x, y: point.y } : { project: active.id, x: point.x, y: point.y } });
  }, [focused, active, pointRef, dispatch]);

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const step = STEPS[e.key];
    if (step !== undefined) {
      e.preventDefault();
      const next = items[stepIndex(index, step, items.length)];
      if (next) setActiveId(`${next.kind}:${next.id}`);
      return;
    }
    if ((e.key === 'Enter' || e.key === ' ') && active) {
      e.preventDefault();
      if (active.kind === 'city') dispatch({ type: 'select', city: active.id });
      else dispatch({ type: 'project/select', project: active.id });
      // focus goes into the panel, and comes back here when it closes (useFocusReturn)
    }
  };

  return (
    <div className={`map-keys${focused ? ' focused' : ''}`}>
      <ul ref={list} role="listbox" tabIndex={0} aria-label={t('a11y.mapList', lang)} data-testid="map-key-list"
        aria-activedescendant={active ? optionId(active) : undefined}
        onKeyDown={onKeyDown}
        onFocus={() => { setFocused(true); if (!active && items[0]) setActiveId(`${items[0].kind}:${items[0].id}`); }}
        onBlur={() => { setFocused(false); dispatch({ type: 'hover', hover: null }); }}>
        {items.slice(from, to).map((item, i) => (
          <li key={`${item.kind}:${item.id}`} id={optionId(item)} role="option" aria-selected={item === active}
            aria-posinset={from + i + 1} aria-setsize={items.length}>{item.label}</li>
        ))}
      </ul>
      {focused && <p className="map-keys-current" aria-hidden="true" data-testid="map-key-current">{active ? `${index + 1}/${items.length} · ${active.label}` : t('a11y.mapList', lang)}</p>}
    </div>
  );
});
