import { describe, expect, it } from 'vitest';
import { toCSV } from '../../../src/export/csv.ts';
import { toGeoJSON } from '../../../src/export/geojson.ts';
import { importedToCSV, importedToGeoJSON } from '../../../src/export/imported.ts';
import { EXPORT_LAYERS } from '../../../src/export/select.ts';
import { applyFilters } from '../../../src/filters/apply.ts';
import { parseQuery } from '../../../src/filters/query.ts';
import { parseImport, type ImportedLayer } from '../../../src/import/index.ts';
import { features, model } from '../../load-repo.ts';

const ctx = {
  cities: model.cities,
  cityShapes: new Map(features.cities.features.map((f) => [f.id as string, f.geometry])),
  cityPoints: features.cityPoints as Map<string, [number, number]>,
};
const visible = applyFilters(model, parseQuery('layers=cities,metro,projects,zones').state.filters);
const reimport = (name: string, text: string): ImportedLayer => {
  const result = parseImport({ name, bytes: new TextEncoder().encode(text) }, ctx);
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
  return result.layer;
};
const all = (layer: ImportedLayer) => new Set(layer.features.map((f) => f.id));

describe('export → import → export', () => {
  for (const layer of EXPORT_LAYERS) {
    it(`keeps every ${layer} feature, property, Chinese text and coordinate through GeoJSON`, () => {
      const exported = JSON.parse(toGeoJSON(model, features, visible, layer)) as { features: unknown[] };
      const imported = reimport(`${layer}.geojson`, JSON.stringify(exported));
      const again = JSON.parse(importedToGeoJSON(imported, all(imported), '')) as { features: unknown[] };
      expect(again.features).toEqual(exported.features);
    });

    it(`gives the same ${layer} CSV bytes after a CSV round trip`, () => {
      const csv = toCSV(features, visible, layer);
      const imported = reimport(`${layer}.csv`, csv);
      expect(importedToCSV(imported, all(imported))).toBe(csv);
    });
  }
});
