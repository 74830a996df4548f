// --crs for an imported layer: converted exactly as the plan's own layers are.
import { describe, expect, it } from 'vitest';
import { toGeoJSON } from '../../../src/export/geojson.ts';
import { importedToCSV, importedToGeoJSON } from '../../../src/export/imported.ts';
import { importedTables } from '../../../src/export/imported-tables.ts';
import { layerTables } from '../../../src/export/tables.ts';
import { applyFilters } from '../../../src/filters/apply.ts';
import { DEFAULT_FILTERS } from '../../../src/filters/state.ts';
import { parseImport, type ImportedLayer } from '../../../src/import/index.ts';
import { features, model } from '../../load-repo.ts';

const ctx = {
  cities: model.cities,
  cityShapes: new Map(features.cities.features.map((f) => [f.id as string, f.geometry])),
  cityPoints: features.cityPoints as Map<string, [number, number]>,
};
const visible = applyFilters(model, DEFAULT_FILTERS);
const result = parseImport({ name: 'cities.geojson', bytes: new TextEncoder().encode(toGeoJSON(model, features, visible, 'cities')) }, ctx);
if (!result.ok) throw new Error('import failed');
const layer: ImportedLayer = result.layer;
const all = new Set(layer.features.map((f) => f.id));
type FC = { metadata: Record<string, unknown>; features: { id: string; geometry: unknown }[] };

describe('an imported layer exported with --crs', () => {
  for (const crs of ['gcj02', 'bd09'] as const) {
    it(`${crs}: the GeoJSON has the same positions as the plan's cities exported in ${crs}, and says which system`, () => {
      const own = JSON.parse(importedToGeoJSON(layer, all, '', crs)) as FC;
      const plan = JSON.parse(toGeoJSON(model, features, visible, 'cities', crs)) as FC;
      expect(own.features.map((f) => f.geometry)).toEqual(plan.features.map((f) => f.geometry));
      expect(own.metadata.crs).toBe(crs === 'gcj02' ? 'GCJ-02' : 'BD-09');
    });
    it(`${crs}: the GIS tables (gpkg, shp, kml) hold the same positions as the plan's`, () => {
      const own = importedTables(layer, all, crs)[0]!;
      const plan = layerTables(features, visible, 'cities', crs)[0]!;
      expect(own.rows.map((r) => r.geometry)).toEqual(plan.rows.map((r) => r.geometry));
    });
  }

  it('moves the CSV points by GCJ-02\'s few hundred metres, and leaves WGS84 as it was', () => {
    const row = (text: string) => text.split('\r\n')[1]!.split(',').slice(-2).map(Number);
    const [x0, y0] = row(importedToCSV(layer, all));
    const [x1, y1] = row(importedToCSV(layer, all, { crs: 'gcj02' }));
    const metres = Math.hypot((x1! - x0!) * 102_000, (y1! - y0!) * 111_000);
    expect(metres).toBeGreaterThan(200);
    expect(metres).toBeLessThan(800);
    expect(JSON.parse(importedToGeoJSON(layer, all, '')).metadata).not.toHaveProperty('crs');
  });
});
