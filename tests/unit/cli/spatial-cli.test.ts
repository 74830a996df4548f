import booleanIntersects from '@turf/boolean-intersects';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import pointToLineDistance from '@turf/point-to-line-distance';
import type { Feature, LineString, Point, Polygon } from 'geojson';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs, USAGE } from '../../../src/cli/args.ts';
import { run as runCli, runExport } from '../../../src/cli/export.ts';

const exportOf = (...argv: string[]) => JSON.parse(runExport(parseArgs(['--layer', 'projects', ...argv]), () => {}));
type Project = Feature<Point | LineString, { project_id: string }>;
const all: Project[] = exportOf().features;
const ids = (fc: { features: Project[] }) => fc.features.map((f) => f.properties.project_id);
const dir = mkdtempSync(join(tmpdir(), 'within-'));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const failure = async (...argv: string[]) => {
  const err: string[] = [];
  const code = await runCli(argv, { stdout: () => {}, stderr: (t) => err.push(t) });
  return { code, err: err.join('') };
};

// the area around 珠江口: a concave polygon, as a user might draw it
const area: Polygon = {
  type: 'Polygon',
  coordinates: [[[113.0, 22.4], [114.3, 22.3], [114.4, 23.0], [113.7, 22.75], [113.5, 23.4], [112.9, 23.2], [113.0, 22.4]]],
};

describe('--near and --within', () => {
  it('--near keeps exactly the exported projects within the distance (turf, independently)', () => {
    const expected = all.filter((f) => (f.geometry.type === 'Point'
      ? distance([110.41, 21.2], f.geometry.coordinates)
      : pointToLineDistance([110.41, 21.2], f.geometry)) <= 60).map((f) => f.properties.project_id);
    const fc = exportOf('--near', '110.41,21.20,60');
    expect(expected.length).toBeGreaterThan(5);
    expect(ids(fc)).toEqual(expected);
    expect(fc.metadata.filters).toBe('near=110.41,21.2,60');
    expect(fc.metadata.selection.near).toMatchObject({ center: [110.41, 21.2], km: 60 });
  });

  it('--near overrides the URL\'s near, as other filter flags do', () => {
    expect(ids(exportOf('--url', '?near=113,23,5', '--near', '110.41,21.20,60'))).toEqual(ids(exportOf('--near', '110.41,21.20,60')));
  });

  it('--within FILE keeps exactly the exported points inside it (and the lines that meet it)', () => {
    const feature = { type: 'Feature' as const, properties: {}, geometry: area };
    const expected = all.filter((f) => (f.geometry.type === 'Point' ? booleanPointInPolygon(f.geometry.coordinates, feature) : booleanIntersects(f.geometry, feature)))
      .map((f) => f.properties.project_id);
    expect(expected.length).toBeGreaterThan(20);
    for (const content of [area, feature, { type: 'FeatureCollection', features: [feature, { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [110, 21] } }] }]) {
      const fc = exportOf('--within', file('area.geojson', content));
      expect(ids(fc)).toEqual(expected);
      expect(fc.metadata.selection.within.area).toEqual(area);
      expect(fc.metadata.filters).toMatch(/^within=[A-Za-z0-9_.-]+$/);
    }
  });

  it.each([
    ['missing.geojson', null, /--within ".*missing.geojson": no such file/],
    ['bad.geojson', '{"type":', /not JSON/],
    ['point.geojson', { type: 'Point', coordinates: [113, 23] }, /a Point is not an area/],
    ['empty.geojson', { type: 'FeatureCollection', features: [] }, /holds no Polygon/],
    ['swapped.geojson', { type: 'Polygon', coordinates: [[[23, 113], [23, 114], [24, 114], [23, 113]]] }, /outside lon -180..180, lat -85..85/],
    ['big.geojson', { type: 'Polygon', coordinates: [[...Array.from({ length: 600 }, (_, i) => [113 + Math.cos(i / 100), 23 + Math.sin(i / 100)]), [114, 23]]] }, /600 vertices; at most 500/],
  ])('refuses %s with one line and exit code 2', async (name, content, message) => {
    const path = content === null ? join(dir, name) : file(name, content);
    const { code, err } = await failure('--layer', 'projects', '--within', path);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('names both flags in the usage text', () => {
    expect(USAGE).toContain('[--near lon,lat,km]');
    expect(USAGE).toContain('[--within FILE.geojson]');
  });

});
