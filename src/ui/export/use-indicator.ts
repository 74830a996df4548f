import { useMemo, type Dispatch } from 'react';
import type { IndicatorChoice } from '../../filters/indicator-state.ts';
import type { ImportedLayer } from '../../import/index.ts';
import { numericColumns } from '../../layers/choropleth.ts';
import { indicatorMap, type PlanCities } from '../../layers/indicator-map.ts';
import type { Action } from '../store.ts';

export type { IndicatorChoice };

/** Why the URL's indicator does not colour the map: no file imported yet, or the file lacks the column. */
export type IndicatorMissing = { kind: 'no-file'; column: string } | { kind: 'no-column'; column: string } | null;

/**
 * The analyst's choice of a numeric column to colour the cities by (in the URL: ShowState.indicator) and
 * the classed map it gives once the file that holds the column is imported.
 */
export function useIndicator(layer: ImportedLayer | null, choice: IndicatorChoice, plan: PlanCities, dispatch: Dispatch<Action>) {
  const keyed = useMemo(() => (layer ? layer.features.filter((f) => f.city) : []), [layer]);
  const numeric = useMemo(() => (layer && keyed.length ? numericColumns(layer.columns, keyed.map((f) => f.properties)) : []), [layer, keyed]);
  const column = choice.column && numeric.includes(choice.column) ? choice.column : null;
  const breaksKey = choice.breaks.join(',');
  const choropleth = useMemo(
    () => (layer && column ? indicatorMap(keyed, layer.name, choice, numeric, plan) : null),
    // breaks by value: a URL change that gives equal breaks keeps the map
    [layer, keyed, numeric, column, choice.method, choice.classes, breaksKey, choice.second, plan],
  );
  const missing: IndicatorMissing = !choice.column ? null
    : !layer ? { kind: 'no-file', column: choice.column }
    : !column ? { kind: 'no-column', column: choice.column } : null;
  const setChoice = (next: IndicatorChoice) => dispatch({ type: 'url/patch', show: { indicator: next } });
  return { choice, setChoice, numeric, choropleth, missing };
}
export type Indicator = ReturnType<typeof useIndicator>;
