import distance from '@turf/distance';
import pointToLineDistance from '@turf/point-to-line-distance';
import { describe, expect, it } from 'vitest';
import { formatKm, projectKm, projectRows } from '../../../src/filters/project-distance.ts';
import { features, model } from '../../load-repo.ts';

const near = { lon: 110.41, lat: 21.2, km: 60 };
/** turf's own great-circle distance from the centre: to a point, or to a line's nearest point. */
const turfKm = (id: string) => {
  const f = features.projects.features.find((x) => x.id === id)!;
  return f.geometry.type === 'Point' ? distance([near.lon, near.lat], f.geometry.coordinates) : pointToLineDistance([near.lon, near.lat], f.geometry);
};

describe('project distances from the near centre', () => {
  it('are turf\'s great-circle distances, for points and for lines (nearest point)', () => {
    const lines = features.projects.features.filter((f) => f.geometry.type === 'LineString').length;
    expect(lines).toBeGreaterThan(0);
    for (const p of model.projects) expect(projectKm(features.projects, p.id, near)).toBeCloseTo(turfKm(p.id), 9);
    expect(projectKm(features.projects, 'no-such-project', near)).toBeNull();
  });

  it('list nearest first when ordered by distance, and in plan order otherwise', () => {
    const projects = model.projects.slice(0, 60);
    const byDistance = projectRows(projects, features.projects, near, 'distance');
    const km = byDistance.map((r) => r.km!);
    expect(km).toEqual([...km].sort((a, b) => a - b));
    expect(new Set(byDistance.map((r) => r.project.id))).toEqual(new Set(projects.map((p) => p.id)));
    expect(byDistance.map((r) => r.project.id)).not.toEqual(projects.map((p) => p.id));
    const plan = projectRows(projects, features.projects, near, 'plan');
    expect(plan.map((r) => r.project.id)).toEqual(projects.map((p) => p.id));
    expect(plan.map((r) => r.km)).toEqual(projects.map((p) => turfKm(p.id)));
  });

  it('are absent without a centre, and the order stays the plan\'s', () => {
    const projects = model.projects.slice(0, 10);
    const rows = projectRows(projects, features.projects, null, 'distance');
    expect(rows.map((r) => [r.project.id, r.km])).toEqual(projects.map((p) => [p.id, null]));
  });

  it('are written in km with one decimal', () => {
    expect([formatKm(12.345), formatKm(0), formatKm(123.46), formatKm(59.96)]).toEqual(['12.3', '0.0', '123.5', '60.0']);
  });
});
