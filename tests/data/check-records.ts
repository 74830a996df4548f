// Usage: npx tsx tests/data/check-records.ts <projects|sub-sectors|disagreements> <file.json>
// Validates a candidate data file against its schema and finds every quote in its document; prints
// one line per problem. Used while curating, before a file replaces its counterpart in data/.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { z } from 'zod';
import { Disagreement, Project, SubSector, type SourceRef } from '../../src/model/index.ts';
import { model } from '../load-repo.ts';
import { normaliseText } from './normalise.ts';
import { normalisedDocument } from './seeds.ts';

const SCHEMAS = { projects: Project, 'sub-sectors': SubSector, disagreements: Disagreement } as const;
const [kind, file] = process.argv.slice(2) as [keyof typeof SCHEMAS, string];
if (!(kind in SCHEMAS) || !file) {
  console.error('usage: check-records.ts <projects|sub-sectors|disagreements> <file.json>');
  process.exit(2);
}
const geo = (name: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../geo/output', name), 'utf8')) as FeatureCollection;
const cityShapes = geo('cities.geojson') as FeatureCollection<Polygon | MultiPolygon>;
const districts = new Map((geo('districts.geojson') as FeatureCollection<Point, { city: string }>).features.map((f) => [String(f.id), f]));
const inCity = (point: number[], city: string) => {
  const shape = cityShapes.features.find((f) => String(f.id) === city);
  return !!shape && booleanPointInPolygon(point, shape);
};
function checkPlace(p: Project, where: string): void {
  const loc = p.location;
  if (loc.precision === 'district') {
    const d = districts.get(loc.district);
    if (!d) report(where, `district ${loc.district} is not in geo/output/districts.geojson`);
    else if (!p.cities.includes(d.properties.city as never)) report(where, `district ${loc.district} lies in ${d.properties.city}, not in the project's cities`);
  }
  if (loc.precision === 'site' && !p.cities.some((c) => inCity(loc.point, c))) report(where, `site point ${loc.point.join(',')} is outside all of its cities ${p.cities.join(',')}`);
  for (const stop of p.line ?? []) {
    if (!districts.has(stop) && !cityShapes.features.some((f) => String(f.id) === stop)) report(where, `line stop ${stop} is neither a city nor a district adcode`);
  }
}
const records = JSON.parse(readFileSync(file, 'utf8')) as unknown[];
let problems = 0;
const report = (where: string, message: string) => { problems++; console.log(`${where}: ${message}`); };
const ids = new Set<string>();
records.forEach((raw, i) => {
  const id = (raw as { id?: string }).id ?? String(i);
  const parsed = (SCHEMAS[kind] as z.ZodType).safeParse(raw);
  if (!parsed.success) return report(`[${i}] ${id}`, z.prettifyError(parsed.error).replace(/\n/g, ' '));
  if (ids.has(id)) report(`[${i}] ${id}`, 'duplicate id');
  ids.add(id);
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) return value.forEach((v, j) => visit(v, `${path}[${j}]`));
    if (!value || typeof value !== 'object') return;
    const o = value as Record<string, unknown>;
    if (typeof o.doc === 'string' && typeof o.quote === 'string') {
      const s = o as SourceRef;
      const doc = model.sources.find((d) => d.id === s.doc)!;
      const text = normalisedDocument(doc);
      if (!text.includes(normaliseText(s.quote))) report(`[${i}] ${id}${path}`, `quote not found in ${s.doc}: “${s.quote}”`);
      const token = normaliseText(s.section.split(/\s+/)[0]!);
      if (!text.includes(token)) report(`[${i}] ${id}${path}`, `section's first word “${token}” not found in ${s.doc}`);
      return;
    }
    for (const [k, v] of Object.entries(o)) visit(v, `${path}.${k}`);
  };
  visit(raw, '');
  if (kind === 'projects') checkPlace(parsed.data as Project, `[${i}] ${id}`);
  if (kind === 'disagreements') {
    const d = parsed.data as Disagreement;
    const rank = model.ranks.find((r) => r.cluster === d.cluster)?.ranks[d.city] ?? null;
    if (rank !== d.table_rank) report(`[${i}] ${id}`, `table_rank ${d.table_rank} but data/ranks.csv gives ${rank}`);
  }
});
console.log(`${records.length} records, ${problems} problems`);
process.exit(problems ? 1 : 0);
