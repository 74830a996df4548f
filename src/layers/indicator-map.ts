import { CORE_COUNT, type IndicatorChoice } from '../filters/indicator-state.ts';
import { asNumber, cityChoropleth, numericColumns, type Choropleth } from './choropleth.ts';
import { bivariateChoropleth, type SecondVariable } from './bivariate.ts';

type Row = { city: string | null; properties: Record<string, unknown> };
/** What the plan gives a bivariate map: the 21 cities and each one's ★★★ (core) count over the clusters. */
export interface PlanCities { ids: readonly string[]; coreCount: (cityId: string) => number }

/** Each city's value of a column (the first row of a city counts, as in the choropleth). */
function columnValues(rows: readonly Row[], column: string): (cityId: string) => number | null {
  const values = new Map<string, number | null>();
  for (const r of rows) if (r.city && !values.has(r.city)) values.set(r.city, asNumber(r.properties[column]));
  return (id) => values.get(id) ?? null;
}

/** The second variable a choice names, if it can be drawn: the plan's core count or another numeric column of the file. */
export function secondVariable(rows: readonly Row[], choice: IndicatorChoice, numeric: readonly string[], plan: PlanCities): SecondVariable | null {
  const s = choice.second;
  if (!s || s === choice.column) return null;
  if (s === CORE_COUNT) return { column: CORE_COUNT, label: { zh: '核心集群数', en: 'core clusters' }, valueOf: plan.coreCount };
  return numeric.includes(s) ? { column: s, label: { zh: s, en: s }, valueOf: columnValues(rows, s) } : null;
}

/**
 * The map an indicator choice draws from the imported rows: a classed choropleth of the column or, with a
 * second variable, a bivariate 3×3 map (terciles each); null when the file has no such numeric column.
 */
export function indicatorMap(rows: readonly Row[], source: string, choice: IndicatorChoice, numeric: readonly string[], plan: PlanCities): Choropleth | null {
  if (!choice.column || !numeric.includes(choice.column)) return null;
  const second = secondVariable(rows, choice, numeric, plan);
  if (!second) return cityChoropleth(rows, choice.column, source, choice.method, choice.classes, choice.breaks);
  return bivariateChoropleth(cityChoropleth(rows, choice.column, source, 'quantile', 3), second, plan.ids);
}

/** The plan's side of a bivariate map from the joined cities: their ids and ★★★ counts (as the page builds it). */
export function planCities(features: { cities: { features: readonly { id: string; properties: { core_count: number } }[] } }): PlanCities {
  const core = new Map(features.cities.features.map((f) => [f.id as string, f.properties.core_count]));
  return { ids: [...core.keys()], coreCount: (id: string) => core.get(id) ?? 0 };
}

/**
 * An imported layer's numeric columns (over the rows located to a city) and the map a choice draws from them,
 * as the page's indicator picker computes them (src/ui/export/use-indicator.ts).
 */
export function layerIndicator(layer: { name: string; columns: readonly string[]; features: readonly Row[] }, choice: IndicatorChoice, plan: PlanCities):
  { numeric: string[]; choropleth: Choropleth | null } {
  const keyed = layer.features.filter((f) => f.city);
  const numeric = keyed.length ? numericColumns(layer.columns, keyed.map((f) => f.properties)) : [];
  return { numeric, choropleth: choice.column && numeric.includes(choice.column) ? indicatorMap(keyed, layer.name, choice, numeric, plan) : null };
}
