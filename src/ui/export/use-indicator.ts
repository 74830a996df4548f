import { useMemo, useState } from 'react';
import type { ImportedLayer } from '../../import/index.ts';
import { cityChoropleth, numericColumns, type ClassMethod } from '../../layers/choropleth.ts';

export interface IndicatorChoice { column: string | null; method: ClassMethod; classes: number; manual: number[] }
const NONE: IndicatorChoice = { column: null, method: 'quantile', classes: 5, manual: [] };

/** The analyst's choice of a numeric column to colour the cities by, and the classed map it gives. */
export function useIndicator(layer: ImportedLayer | null) {
  const [choice, setChoice] = useState<IndicatorChoice>(NONE);
  const keyed = useMemo(() => (layer ? layer.features.filter((f) => f.city) : []), [layer]);
  const numeric = useMemo(() => (layer && keyed.length ? numericColumns(layer.columns, keyed.map((f) => f.properties)) : []), [layer, keyed]);
  const column = choice.column && numeric.includes(choice.column) ? choice.column : null;
  const choropleth = useMemo(
    () => (layer && column ? cityChoropleth(keyed, column, layer.name, choice.method, choice.classes, choice.manual) : null),
    [layer, keyed, column, choice.method, choice.classes, choice.manual],
  );
  return { choice: { ...choice, column }, setChoice, numeric, choropleth };
}
export type Indicator = ReturnType<typeof useIndicator>;
