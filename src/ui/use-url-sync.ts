import { useEffect, useRef, type Dispatch } from 'react';
import { parseQuery, toQuery } from '../filters/query.ts';
import type { UrlState } from '../filters/state.ts';
import type { Action } from './store.ts';

/** Keeps the URL and the state in step: pushes changes to history, but replaces the entry for a camera move. */
export function useUrlSync(state: UrlState, dispatch: Dispatch<Action>): void {
  const last = useRef({ query: toQuery(state), withoutView: withoutView(state) });
  const { filters, show } = state;
  useEffect(() => {
    const query = toQuery({ filters, show });
    if (query === last.current.query) return;
    const rest = withoutView({ filters, show });
    const onlyViewChanged = rest === last.current.withoutView;
    last.current = { query, withoutView: rest };
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (onlyViewChanged) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  }, [filters, show]);
  useEffect(() => {
    const onPop = () => {
      const { state: next, warnings } = parseQuery(location.search);
      last.current = { query: toQuery(next), withoutView: withoutView(next) };
      dispatch({ type: 'url/replace', state: next, warnings });
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, [dispatch]);
}

/** The query without the camera: two states that differ only in their view give the same text. */
const withoutView = ({ filters, show }: UrlState) => toQuery({ filters, show: { ...show, view: null } });
