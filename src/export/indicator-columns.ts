import type { Choropleth } from '../layers/choropleth.ts';
import { classOf } from '../layers/choropleth.ts';
import type { Features } from '../model/index.ts';
import { CORE_COUNT } from '../filters/indicator-state.ts';

/** A column joined onto the cities for an export: its name and each city's value (a typed number where it is one). */
export interface CityColumn { name: string; valueOf: (cityId: string) => string | number | null }

/**
 * The indicator's columns: the imported values as numbers, and each city's class (1 = lowest; empty without a value);
 * for a bivariate map both variables and `bivariate_class`, the terciles of the first and the second ("3-1": first high, second low).
 */
export function indicatorColumns(c: Choropleth): CityColumn[] {
  const { second, cellOf } = c;
  if (second && cellOf) { // bivariate: both values (the plan's core_count is already a city column) and the cell, "first-second" terciles
    return [
      { name: c.column, valueOf: c.valueOf },
      ...(second.column === CORE_COUNT ? [] : [{ name: second.column, valueOf: second.valueOf }]),
      { name: 'bivariate_class', valueOf: (id) => { const k = cellOf(id); return k ? `${k[0] + 1}-${k[1] + 1}` : null; } },
    ];
  }
  return [
    { name: c.column, valueOf: c.valueOf },
    { name: 'indicator_class', valueOf: (id) => { const k = classOf(c.valueOf(id), c.limits); return k === null ? null : k + 1; } },
  ];
}

/**
 * The features with the cities carrying extra columns after their own (the page's export of an imported
 * indicator). A name the cities already have gets an `imported_` prefix, so no plan property is overwritten.
 * Every other layer is the same object as before.
 */
export function withCityColumns(features: Features, columns: readonly CityColumn[]): Features {
  if (!columns.length) return features;
  const taken = new Set(Object.keys(features.cities.features[0]?.properties ?? {}));
  const named = columns.flatMap((c) => {
    const name = taken.has(c.name) ? `imported_${c.name}` : c.name;
    if (taken.has(name)) return [];
    taken.add(name);
    return [{ ...c, name }];
  });
  const cities = features.cities.features.map((f) => ({
    ...f, properties: { ...f.properties, ...Object.fromEntries(named.map((c) => [c.name, c.valueOf(f.id)])) },
  }));
  // the other collections by delegation, not a spread: corridors are built on first read (a getter)
  return Object.create(features, { cities: { value: { ...features.cities, features: cities }, enumerable: true } }) as Features;
}
