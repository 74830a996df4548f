import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import {
  BOUNDARY_FILES, CLUSTER_IDS, PROJECT_KINDS, Project, formatLoadError, joinFeatures, parseBoundaries,
  type Boundaries, type BoundaryFiles, type Features, type Model,
} from '../../src/model/index.ts';
import { pick, rng, subset } from './stats.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
const SOURCE = { doc: 'gd-fyp', section: '合成数据 synthetic', quote: '合成数据，仅用于性能基准' } as const;

/** The geo/output files parsed as the app parses them (loadFromDisk keeps them to itself). */
export function loadBoundaries(root = ROOT): Boundaries {
  const text = Object.fromEntries(BOUNDARY_FILES.map((f) => [f, readFileSync(resolve(root, 'geo/output', f), 'utf8')])) as BoundaryFiles;
  const parsed = parseBoundaries(text);
  if (!parsed.ok) throw new Error(`geo/output/${formatLoadError(parsed.error)}`);
  return parsed.boundaries;
}

/**
 * `count` valid Project records with `site` points spread over the province: each picks a random
 * city and a point inside it (rejection sampling in the city's bbox). Same seed, same records.
 */
export function syntheticProjects(boundaries: Boundaries, count: number, seed = 20210730): Project[] {
  const random = rng(seed);
  const cities = boundaries.cities.features.map((f) => ({
    id: f.id, feature: { type: 'Feature' as const, properties: {}, geometry: f.geometry }, box: bbox(f.geometry),
  }));
  const projects: Project[] = [];
  for (let i = 0; i < count; i++) {
    const city = pick(random, cities);
    const [w, s, e, n] = city.box;
    let point: [number, number];
    do point = [round6(w + random() * (e - w)), round6(s + random() * (n - s))];
    while (!booleanPointInPolygon(point, city.feature));
    const second = random() < 0.1 ? pick(random, cities).id : city.id; // some projects span two cities
    projects.push({
      id: `synthetic-${String(i).padStart(6, '0')}`,
      name_zh: `合成项目${i}`,
      name_en: `Synthetic project ${i}`,
      kind: pick(random, PROJECT_KINDS),
      clusters: subset(random, CLUSTER_IDS, 0.08),
      cities: second === city.id ? [city.id] : [city.id, second],
      site: random() < 0.3 ? `园区${i % 500}` : null,
      location: { precision: 'site', point, basis: 'synthetic' },
      line: null,
      sources: [{ ...SOURCE }],
    });
  }
  return z.array(Project).parse(projects); // the schema is the contract: fail loudly if a record is invalid
}

/** The real model with its projects replaced by synthetic ones, joined once as the app joins. */
export function syntheticWorld(model: Model, count: number): { model: Model; features: Features; joinMs: number } {
  const boundaries = loadBoundaries();
  const big: Model = { ...model, projects: syntheticProjects(boundaries, count) };
  const t0 = performance.now();
  const features = joinFeatures(big, boundaries);
  return { model: big, features, joinMs: performance.now() - t0 };
}
