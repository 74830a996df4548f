import { z } from 'zod';
import { City } from './city.ts';
import { Cluster } from './cluster.ts';
import { checkCorridors } from './corridor-refs.ts';
import { Corridor } from './corridor.ts';
import { parseCsv } from './csv.ts';
import { Disagreement } from './disagreement.ts';
import { ADCODES, CLUSTER_IDS, DOC_IDS, METRO_IDS, ZONE_IDS, type Adcode, type Rank } from './ids.ts';
import { fromZodError, type LoadError } from './load-error.ts';
import { MetroArea } from './metro.ts';
import type { Model } from './model.ts';
import { PinyinNames } from './pinyin.ts';
import { Project } from './project.ts';
import { RankCell, RankRow } from './rank.ts';
import { Document } from './source.ts';
import { SubSector } from './sub-sector.ts';
import { checkSubSectorPlaces } from './sub-sector-places.ts';
import { Zone } from './zone.ts';
import { DATA_FILES, type DataFileName, type DataFiles } from './file-names.ts';

export { DATA_FILES, type DataFileName, type DataFiles } from './file-names.ts';

export type LoadResult = { ok: true; model: Model } | { ok: false; error: LoadError };

class LoadFailure extends Error {
  constructor(readonly error: LoadError) { super(error.message); }
}
const fail = (error: LoadError): never => { throw new LoadFailure(error); };

function parseJson<T extends z.ZodType>(files: DataFiles, file: DataFileName, schema: T): z.infer<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(files[file]);
  } catch (e) {
    return fail({ file, record: null, field: null, message: `invalid JSON: ${(e as Error).message}` });
  }
  const result = schema.safeParse(raw);
  if (!result.success) fail(fromZodError(file, result.error, Array.isArray(raw) ? raw : undefined));
  return result.data as z.infer<T>;
}

/** Requires records to have exactly the given ids, in that order. */
function expectIds(file: DataFileName, records: { id: string }[], ids: readonly string[]): void {
  const got = records.map((r) => r.id).join(',');
  if (got !== ids.join(',')) {
    fail({ file, record: null, field: 'id', message: `expected ids ${ids.join(',')} in this order, got ${got}` });
  }
}

function parseRanks(text: string): RankRow[] {
  const file = 'ranks.csv';
  const parsed = parseCsv(text);
  if (!parsed.ok) return fail({ file, record: String(parsed.row), field: null, message: 'a quoted cell is never closed' });
  const [header, ...rows] = parsed.records.filter((r) => r.some((cell) => cell !== ''));
  const cityCols = header?.slice(1, 22) ?? [];
  const validHeader = header?.length === 24 && header[0] === 'cluster_id' && header[22] === 'source_section' &&
    header[23] === 'source_quote' && [...cityCols].sort().join() === ADCODES.join();
  if (!validHeader) {
    fail({ file, record: 'header', field: null, message: 'header must be cluster_id, the 21 adcodes, source_section, source_quote' });
  }
  return rows.map((cells, index) => {
    if (cells.length !== 24) fail({ file, record: String(index + 1), field: null, message: `expected 24 cells, got ${cells.length}` });
    const ranks: Partial<Record<Adcode, Rank | null>> = {};
    cityCols.forEach((city, col) => {
      const cell = RankCell.safeParse(cells[col + 1]);
      if (!cell.success) fail({ file, record: `${index + 1} (${cells[0]})`, field: city, message: `rank must be ★★★, ★★, ★ or empty, got "${cells[col + 1]}"` });
      ranks[city as Adcode] = cell.data ?? null;
    });
    const row = RankRow.safeParse({ cluster: cells[0], ranks, source: { doc: 'gd-manufacturing-fyp', section: cells[22], quote: cells[23] } });
    if (!row.success) fail(fromZodError(file, row.error, undefined)); // path starts at the field
    return row.data!;
  });
}

function checkReferences(model: Model): void {
  const rankOf = (city: Adcode, cluster: string) => model.ranks.find((r) => r.cluster === cluster)?.ranks[city] ?? null;
  model.disagreements.forEach((d, i) => {
    if (rankOf(d.city, d.cluster) !== d.table_rank) {
      fail({ file: 'disagreements.json', record: `${i} (${d.id})`, field: 'table_rank', message: `ranks.csv gives ${rankOf(d.city, d.cluster) ?? 'no rank'}` });
    }
  });
  const seen = new Set<string>();
  model.subSectors.forEach((s, i) => {
    if (seen.has(s.id)) fail({ file: 'sub-sectors.json', record: `${i} (${s.id})`, field: 'id', message: 'duplicate id' });
    seen.add(s.id);
  });
  const projectIds = new Set<string>();
  model.projects.forEach((p, i) => {
    if (projectIds.has(p.id)) fail({ file: 'projects.json', record: `${i} (${p.id})`, field: 'id', message: 'duplicate id' });
    projectIds.add(p.id);
  });
}

/** Validates the data files (given as text) and assembles the model, or says where it failed. */
export function loadModel(files: DataFiles): LoadResult {
  try {
    const sources = parseJson(files, 'sources.json', z.array(Document));
    expectIds('sources.json', sources, DOC_IDS);
    const cities = parseJson(files, 'cities.json', z.array(City));
    expectIds('cities.json', cities, ADCODES);
    const zones = parseJson(files, 'zones.json', z.array(Zone));
    expectIds('zones.json', zones, ZONE_IDS);
    const metros = parseJson(files, 'metro-areas.json', z.array(MetroArea));
    expectIds('metro-areas.json', metros, METRO_IDS);
    const clusters = parseJson(files, 'clusters.json', z.array(Cluster));
    expectIds('clusters.json', clusters, CLUSTER_IDS);
    const ranks = parseRanks(files['ranks.csv']);
    const rankClusters = ranks.map((r) => r.cluster).join(',');
    if (rankClusters !== CLUSTER_IDS.join(',')) fail({ file: 'ranks.csv', record: null, field: 'cluster_id', message: `expected one row per cluster in plan order, got ${rankClusters}` });
    const subSectors = parseJson(files, 'sub-sectors.json', z.array(SubSector));
    const disagreements = parseJson(files, 'disagreements.json', z.array(Disagreement));
    const projects = parseJson(files, 'projects.json', z.array(Project));
    const corridors = parseJson(files, 'corridors.json', z.array(Corridor));
    const pinyin = parseJson(files, 'pinyin.json', PinyinNames).names;
    const model: Model = { version: dataVersion(files), sources, cities, zones, metros, clusters, ranks, subSectors, disagreements, projects, corridors, pinyin };
    checkReferences(model);
    const corridorError = checkCorridors(corridors);
    if (corridorError) fail(corridorError);
    const placeError = checkSubSectorPlaces(subSectors);
    if (placeError) fail(placeError);
    return { ok: true, model };
  } catch (e) {
    if (e instanceof LoadFailure) return { ok: false, error: e.error };
    throw e;
  }
}

/** A short content hash of all data files: the same text gives the same version everywhere. */
export function dataVersion(files: DataFiles): string {
  let hash = 0x811c9dc5;
  for (const name of DATA_FILES) {
    for (const ch of name + '\0' + files[name].replace(/\r\n/g, '\n')) {
      hash ^= ch.codePointAt(0)!;
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return hash.toString(16).padStart(8, '0');
}

