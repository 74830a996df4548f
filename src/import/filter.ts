import type { ImportedLayer } from './schema.ts';

/** The app's filters as the imported layer reads them: active zones, and the cities applyFilters left visible. */
export interface ImportFilter {
  zone: readonly string[];
  cityIds: ReadonlySet<string>;
}

/** Ids of imported features visible under the zone/city filters; a feature with no city shows only when no zone filter is on. */
export function importedVisible(layer: ImportedLayer, filter: ImportFilter): Set<string> {
  const visible = new Set<string>();
  const zoned = filter.zone.length > 0;
  for (const f of layer.features) {
    const shown = f.city === null
      ? !zoned
      : filter.cityIds.has(f.city) && (!zoned || (f.zone !== null && filter.zone.includes(f.zone)));
    if (shown) visible.add(f.id);
  }
  return visible;
}
