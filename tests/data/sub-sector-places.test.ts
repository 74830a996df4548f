import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { COUNTY_LEVEL_KINDS, placeDrawn } from '../../src/model/index.ts';
import { model } from '../load-repo.ts';
import { normaliseText } from './normalise.ts';
import { normalisedDocument, seedsPresent } from './seeds.ts';

const districts = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../geo/output/districts.geojson'), 'utf8')) as
  FeatureCollection<Point, { city: string; name_zh: string }>;
const byId = new Map(districts.features.map((f) => [String(f.id), f.properties]));
const places = model.subSectors.flatMap((s) => (s.places ?? []).map((p) => ({ s, p, at: `${s.id}: ${p.name_zh}` })));
// 花都区 → 花都, 台山市 → 台山, 博罗县 → 博罗
const short = (name: string) => name.replace(/(瑶族自治县|壮族瑶族自治县|区|县|市)$/, '');

describe('sub-sector places (districts, counties, towns and parks the 专栏 name inside cities)', () => {
  it('are recorded for the items that name them', () => {
    expect(places.length).toBeGreaterThanOrEqual(60);
    expect(places.filter(({ p }) => p.district !== null).length).toBeGreaterThanOrEqual(25);
  });

  it('use districts of geo’s reference data that belong to their city (adcode prefix and geo’s parent field)', () => {
    const wrong = places.filter(({ p }) => p.district !== null).filter(({ p }) => {
      const d = byId.get(p.district!);
      return !d || d.city !== p.city || p.district!.slice(0, 4) !== p.city.slice(0, 4);
    }).map(({ at, p }) => `${at} → ${p.district}`);
    expect(wrong).toEqual([]);
  });

  it('name the district they are drawn as: a 区/县/县级市 is that unit, a town or park carries its name', () => {
    const wrong = places.filter(({ p }) => p.district !== null).filter(({ p }) => {
      const name = byId.get(p.district!)?.name_zh ?? '';
      return COUNTY_LEVEL_KINDS.includes(p.kind) ? !name.startsWith(p.name_zh) && name !== p.name_zh : !p.name_zh.includes(short(name));
    }).map(({ at, p }) => `${at} → ${byId.get(p.district!)?.name_zh}`);
    expect(wrong).toEqual([]);
  });

  it('lie in a city the item itself names', () => {
    expect(places.filter(({ s, p }) => !s.cities.some((m) => m.city === p.city)).map(({ at }) => at)).toEqual([]);
  });

  it('say why in a note wherever they cannot be drawn', () => {
    expect(places.filter(({ p }) => !placeDrawn(p) && !p.note).map(({ at }) => at)).toEqual([]);
  });

  it.skipIf(!seedsPresent)('quote the item verbatim, with the place’s name in the quote, in the item’s own 专栏', () => {
    const doc = model.sources.find((d) => d.id === 'gd-manufacturing-fyp')!;
    const bad = places.filter(({ s, p }) => !p.source.quote.includes(p.name_zh) || p.source.section !== s.source.section
      || !normalisedDocument(doc).includes(normaliseText(p.source.quote))).map(({ at }) => at);
    expect(bad).toEqual([]);
  });
});
