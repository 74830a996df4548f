import type { Adcode, CityRoleId, ClusterId, Rank, ZoneId } from './ids.ts';
import { rankOf } from './join.ts';
import type { Model } from './model.ts';

/** One row of the comparison: what it compares, each city's value (in the given order), and whether they differ. */
export type CompareRow =
  | { kind: 'zone'; values: ZoneId[]; differs: boolean }
  | { kind: 'roles'; values: CityRoleId[][]; differs: boolean }
  | { kind: 'projects'; values: number[]; differs: boolean }
  | { kind: 'rank'; cluster: ClusterId; values: (Rank | null)[]; differs: boolean };

const differ = (values: readonly unknown[]) => new Set(values.map((v) => JSON.stringify(v))).size > 1;

/**
 * The compared cities side by side: zone, roles, the plan's projects naming each, then the rank in each of
 * the 20 clusters; a row is marked where the cities' values differ.
 */
export function compareRows(model: Model, cities: readonly Adcode[]): CompareRow[] {
  const picked = cities.map((id) => model.cities.find((c) => c.id === id)).filter((c) => c !== undefined);
  const zones = picked.map((c) => c.zone);
  const roles = picked.map((c) => [...new Set(c.roles.map((r) => r.role))].sort());
  const projects = picked.map((c) => model.projects.filter((p) => p.cities.includes(c.id)).length);
  return [
    { kind: 'zone', values: zones, differs: differ(zones) },
    { kind: 'roles', values: roles, differs: differ(roles) },
    { kind: 'projects', values: projects, differs: differ(projects) },
    ...model.clusters.map((cl): CompareRow => {
      const values = picked.map((c) => rankOf(model, c.id, cl.id));
      return { kind: 'rank', cluster: cl.id, values, differs: differ(values) };
    }),
  ];
}
