import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args.ts';
import { runExport } from '../../../src/cli/export.ts';
import { loadFromDisk } from '../../../src/cli/files.ts';
import { positionFrom, positionTo } from '../../../src/export/crs.ts';
import { SHORT_NAMES, shortNames } from '../../../src/export/field-names.ts';
import { encodeGbk } from '../../../src/export/gbk.ts';

const loaded = loadFromDisk();
const exportJson = (argv: string[]) => JSON.parse(runExport(parseArgs(argv), () => {}, () => loaded)) as {
  metadata: Record<string, unknown>; features: { id: string; geometry: { type: string; coordinates: number[] } }[];
};
/** Metres between two lon/lat positions (equirectangular; fine at a few hundred metres). */
const metres = (a: number[], b: number[]) => {
  const k = (Math.PI / 180) * 6_371_000;
  return Math.hypot((a[0]! - b[0]!) * k * Math.cos((a[1]! * Math.PI) / 180), (a[1]! - b[1]!) * k);
};

describe('--crs', () => {
  it('gcj02 moves every project point by the few hundred metres GCJ-02 does, and the metadata says so', () => {
    const wgs = exportJson(['--layer', 'projects']);
    const gcj = exportJson(['--layer', 'projects', '--crs', 'gcj02']);
    expect(wgs.metadata.crs).toBeUndefined();
    expect(gcj.metadata.crs).toBe('GCJ-02');
    expect(String(gcj.metadata.coordinates)).toMatch(/GCJ-02/);
    const shifts = gcj.features.filter((f) => f.geometry.type === 'Point').map((f, i) => metres(f.geometry.coordinates, wgs.features.filter((g) => g.geometry.type === 'Point')[i]!.geometry.coordinates));
    expect(Math.min(...shifts)).toBeGreaterThan(200);
    expect(Math.max(...shifts)).toBeLessThan(800);
  });

  it('bd09 is further off than gcj02 and converts back to within a metre', () => {
    const p = [113.264385, 23.129112];
    expect(metres(positionTo('bd09')(p), p)).toBeGreaterThan(metres(positionTo('gcj02')(p), p));
    expect(metres(positionFrom('bd09')(positionTo('bd09')(p)), p)).toBeLessThan(1);
    expect(metres(positionFrom('gcj02')(positionTo('gcj02')(p)), p)).toBeLessThan(1);
  });
});

describe('Shapefile field names', () => {
  it('every chosen short name is unique and at most 10 ASCII characters', () => {
    const shorts = Object.values(SHORT_NAMES);
    expect(new Set(shorts).size).toBe(shorts.length);
    for (const s of shorts) expect(s).toMatch(/^[a-z0-9_]{1,10}$/);
  });
  it('names an imported file\'s own long or Chinese columns uniquely', () => {
    expect(shortNames(['指标', '人口', 'population_2023', 'population_2024', 'GDP'])).toEqual(['field', 'field_1', 'population', 'populati_1', 'GDP']);
  });
});

describe('GBK', () => {
  it('encodes Chinese as the platform decodes it, and a character GBK lacks as "?"', () => {
    expect([...encodeGbk('广州 A')]).toEqual([0xb9, 0xe3, 0xd6, 0xdd, 0x20, 0x41]);
    expect(new TextDecoder('gbk').decode(encodeGbk('Entrepôt 珠海'))).toBe('Entrep?t 珠海');
  });
});
