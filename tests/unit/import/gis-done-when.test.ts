// Issue 18's done-when checks that the GDAL tests (tests/unit/export/ogr.test.ts) and gis.test.ts leave out:
// --crs for the GIS formats and export → import → export of the projects (points and lines) per format.
import { describe, expect, it } from 'vitest';
import { gisExport } from './gis-context.ts';
import { layerOf } from './context.ts';
import { model } from '../../load-repo.ts';

const { exportBytes, importBytes, reexport } = gisExport;
const metres = (a: number[], b: number[]) => Math.hypot((a[0]! - b[0]!) * 102_000, (a[1]! - b[1]!) * 111_000);

describe('GIS formats: --crs and round trips of the projects', { timeout: 120_000 }, () => {
  it.each([
    ['shp', 'p.zip'], ['gpkg', 'p.gpkg'], ['kml', 'p.kml'],
  ] as const)('%s --crs gcj02 moves every project point by the few hundred metres GCJ-02 does', async (format, name) => {
    const read = async (crs: string) => layerOf(await importBytes(name, await exportBytes(['--format', format, '--layer', 'projects', '--crs', crs])));
    const [wgs, gcj] = [await read('wgs84'), await read('gcj02')];
    const at = new Map(wgs.features.map((f) => [f.properties.project_id, f.point]));
    const shifts = gcj.features.filter((f) => f.geometry.type === 'Point').map((f) => metres(f.point, at.get(f.properties.project_id)!));
    expect(shifts.length).toBeGreaterThan(500);
    expect(Math.min(...shifts)).toBeGreaterThan(200);
    expect(Math.max(...shifts)).toBeLessThan(800);
  });

  it.each([
    ['shp', 'projects.zip', ['--format', 'shp', '--layer', 'projects']],
    ['kml', 'projects.kml', ['--format', 'kml', '--layer', 'projects']],
    ['gpkg', 'projects.gpkg', ['--format', 'gpkg', '--layer', 'projects']],
  ] as const)('%s projects (points and lines): every project comes back, and a second round trip gives the same bytes', async (format, name, argv) => {
    const first = layerOf(await importBytes(name, await exportBytes([...argv])));
    expect(first.features).toHaveLength(model.projects.length);
    const second = await reexport(first, format);
    const third = await reexport(layerOf(await importBytes(name, second)), format);
    expect(Buffer.from(third).equals(Buffer.from(second))).toBe(true);
  });
});
