import { useEffect, useRef, type Dispatch } from 'react';
import { parseQuery, toQuery } from '../filters/query.ts';
import type { FilterState } from '../filters/state.ts';
import type { Action } from './store.ts';

/** Keeps the URL and the filter state in step: pushes filter changes, replaces for camera moves. */
export function useUrlSync(filters: FilterState, dispatch: Dispatch<Action>): void {
  const lastQuery = useRef(toQuery(filters));
  useEffect(() => {
    const query = toQuery(filters);
    if (query === lastQuery.current) return;
    const onlyViewChanged = stripView(query) === stripView(lastQuery.current);
    lastQuery.current = query;
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (onlyViewChanged) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  }, [filters]);
  useEffect(() => {
    const onPop = () => {
      const { state, warnings } = parseQuery(location.search);
      lastQuery.current = toQuery(state);
      dispatch({ type: 'filters/replace', filters: state, warnings });
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, [dispatch]);
}

const stripView = (query: string) => query.replace(/(^|&)view=[^&]*/, '');
