import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, formatLoadError, loadModel, type DataFiles } from '../../../src/model/index.ts';

const DATA_DIR = resolve(import.meta.dirname, '../../../data');
const real = Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(resolve(DATA_DIR, f), 'utf8')])) as DataFiles;

/** The real files with one of them edited. */
function withEdit(file: 'cities.json' | 'clusters.json' | 'zones.json' | 'disagreements.json' | 'corridors.json', edit: (records: Record<string, unknown>[]) => void): DataFiles {
  const records = JSON.parse(real[file]) as Record<string, unknown>[];
  edit(records);
  return { ...real, [file]: JSON.stringify(records) };
}

const errorOf = (files: DataFiles) => {
  const result = loadModel(files);
  if (result.ok) throw new Error('expected a load error');
  return result.error;
};

describe('loadModel', () => {
  it('loads the repository data', () => {
    const result = loadModel(real);
    expect(result.ok).toBe(true);
  });

  it('gives the same version for the same text and a new one for changed text', () => {
    const version = (files: DataFiles) => { const r = loadModel(files); return r.ok ? r.model.version : null; };
    expect(version(real)).toBe(version(real));
    expect(version({ ...real, 'projects.json': '[ ]' })).not.toBe(version(real));
  });

  it('names file, record and field of a misspelt key', () => {
    const error = errorOf(withEdit('cities.json', (r) => { r[3]!.zonee = 'prd'; }));
    expect(error).toMatchObject({ file: 'cities.json', record: '3 (440400)' });
    expect(error.message).toMatch(/zonee/);
  });

  it('names the field of an invalid enum value', () => {
    const error = errorOf(withEdit('cities.json', (r) => { r[0]!.zone = 'core'; }));
    expect(error).toMatchObject({ file: 'cities.json', record: '0 (440100)', field: 'zone' });
  });

  it('rejects a quote longer than 80 characters', () => {
    const error = errorOf(withEdit('zones.json', (r) => { (r[1]!.source as { quote: string }).quote = '长'.repeat(81); }));
    expect(error).toMatchObject({ file: 'zones.json', field: 'source.quote' });
  });

  it('names the corridor and field of an unknown city, cluster or document', () => {
    expect(errorOf(withEdit('corridors.json', (r) => { (r[2]!.cities as string[])[0] = '449900'; })))
      .toMatchObject({ file: 'corridors.json', record: '2 (coastal-petrochemical-belt)', field: 'cities.0' });
    expect(errorOf(withEdit('corridors.json', (r) => { r[0]!.clusters = ['chips']; })))
      .toMatchObject({ file: 'corridors.json', record: '0 (pearl-river-east-bank-electronics-belt)', field: 'clusters.0' });
    expect(errorOf(withEdit('corridors.json', (r) => { (r[0]!.sources as { doc: string }[])[0]!.doc = 'gd-fyp-2035'; })))
      .toMatchObject({ file: 'corridors.json', field: 'sources.0.doc' });
  });

  it('rejects two corridor records for one axis and segments that do not split the cities', () => {
    expect(errorOf(withEdit('corridors.json', (r) => { r.push({ ...r[0]!, id: 'copy' }); })))
      .toMatchObject({ file: 'corridors.json', field: 'name_zh' });
    const bands = (r: Record<string, unknown>[]) => r.find((c) => c.segments)!;
    expect(errorOf(withEdit('corridors.json', (r) => { (bands(r).segments as string[][]).reverse(); })))
      .toMatchObject({ file: 'corridors.json', field: 'segments' });
  });

  it('rejects a missing city', () => {
    const error = errorOf(withEdit('cities.json', (r) => { r.pop(); }));
    expect(error).toMatchObject({ file: 'cities.json', field: 'id' });
  });

  it('rejects clusters out of plan order', () => {
    const error = errorOf(withEdit('clusters.json', (r) => { r.reverse(); }));
    expect(error.file).toBe('clusters.json');
  });

  it('names the cell of an unreadable rank', () => {
    const lines = real['ranks.csv'].split('\n');
    lines[2] = lines[2]!.replace(/,★★,/, ',★★★★★,');
    const error = errorOf({ ...real, 'ranks.csv': lines.join('\n') });
    expect(error).toMatchObject({ file: 'ranks.csv', record: '2 (petrochemicals)' });
    expect(error.message).toMatch(/★★★, ★★, ★ or empty/);
  });

  it('rejects a ranks.csv whose header lacks a city', () => {
    const error = errorOf({ ...real, 'ranks.csv': real['ranks.csv'].replace('440100,', 'xx,') });
    expect(error).toMatchObject({ file: 'ranks.csv', record: 'header' });
  });

  it('rejects a disagreement whose table side does not match ranks.csv', () => {
    // 附件1 gives 湛江 ★★★ in 绿色石化; a record claiming ★ must be refused
    const source = { doc: 'gd-manufacturing-fyp', section: '附件1', quote: '2. 绿色石化' };
    const files = withEdit('disagreements.json', (r) => {
      r.push({
        id: 'test.440800', city: '440800', cluster: 'petrochemicals', kind: 'text_vs_table', table_rank: 'general',
        text_role: 'core', summary_zh: '测试', summary_en: 'test', table_source: source, text_source: source,
      });
    });
    expect(errorOf(files)).toMatchObject({ file: 'disagreements.json', field: 'table_rank' });
  });

  it('reports invalid JSON with the file name', () => {
    const error = errorOf({ ...real, 'zones.json': '[{' });
    expect(formatLoadError(error)).toMatch(/^zones\.json: invalid JSON/);
  });
});
