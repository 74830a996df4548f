import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { gisExport } from './gis-context.ts';
import { errorsOf, layerOf } from './context.ts';
import { model } from '../../load-repo.ts';

const { exportBytes, importBytes, reexport } = gisExport;

describe('import of zipped Shapefiles, KML/KMZ and GeoPackage', { timeout: 60_000 }, () => {
  it('reads the projects Shapefile ZIP back: every project, full property names from fields.csv, numbers as numbers', async () => {
    const layer = layerOf(await importBytes('projects.zip', await exportBytes(['--format', 'shp', '--layer', 'projects'])));
    expect(layer.format).toBe('shp');
    expect(layer.features).toHaveLength(model.projects.length);
    expect(layer.columns).toContain('location_precision');
    const lab = layer.features.find((f) => f.properties.project_id === 'gd-digital-creative-tech-engineering-lab')!;
    expect(lab.properties.name_zh).toBe('广东省数字创意技术工程实验室');
    expect(typeof lab.properties.source_count).toBe('number');
  });

  it('reads a GBK .dbf without a .cpg as GBK, and says so', async () => {
    const zip = unzipSync(await exportBytes(['--format', 'shp', '--encoding', 'gbk']));
    delete zip['cities.cpg'];
    const result = await importBytes('cities.zip', zipSync(zip));
    expect(layerOf(result).features.map((f) => f.properties.name_zh)).toContain('广州市');
    expect(result.ok && result.warnings.some((w) => /GBK/.test(w.message_en))).toBe(true);
  });

  it.each([
    ['shp', 'cities.zip', ['--format', 'shp']],
    ['kml', 'cities.kml', ['--format', 'kml', '--layer', 'cities']],
    ['gpkg', 'cities.gpkg', ['--format', 'gpkg', '--layer', 'cities']],
  ] as const)('%s: export → import → export → import → export gives the same bytes the second time', async (format, name, argv) => {
    const first = layerOf(await importBytes(name, await exportBytes([...argv])));
    expect(first.features).toHaveLength(21);
    const second = await reexport(first, format);
    const third = await reexport(layerOf(await importBytes(name, second)), format);
    expect(Buffer.from(third).equals(Buffer.from(second))).toBe(true);
  });

  it('converts a file declared GCJ-02 back to WGS84 (within a metre of the original positions)', async () => {
    const gcj = layerOf(await importBytes('p.kml', await exportBytes(['--format', 'kml', '--layer', 'projects', '--crs', 'gcj02']), 'gcj02'));
    const wgs = layerOf(await importBytes('p.kml', await exportBytes(['--format', 'kml', '--layer', 'projects'])));
    const a = gcj.features.find((f) => f.geometry.type === 'Point')!;
    const b = wgs.features.find((f) => f.properties.project_id === a.properties.project_id)!;
    const [dx, dy] = [(a.point[0] - b.point[0]) * 102_000, (a.point[1] - b.point[1]) * 111_000];
    expect(Math.hypot(dx, dy)).toBeLessThan(1);
  });

  it.each([
    ['a truncated ZIP', 'x.zip', (b: Uint8Array) => b.subarray(0, 200), /damaged|could not/],
    ['a ZIP without .shp', 'x.zip', () => zipSync({ 'a.txt': new Uint8Array([65]) }), /no \.shp/],
    ['KML that is not XML', 'x.kml', () => new TextEncoder().encode('<kml><Document><Placemark>'), /not valid XML|no features|contains no/i],
    ['a damaged GeoPackage', 'x.gpkg', (b: Uint8Array) => b.subarray(0, 1000), /damaged|could not/],
  ])('refuses %s with one clear error', async (_, name, damage, message) => {
    const errors = errorsOf(await importBytes(name, damage(await exportBytes(['--format', name.endsWith('.gpkg') ? 'gpkg' : 'shp']))));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message_en).toMatch(message);
  });
});
