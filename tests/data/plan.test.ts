import { describe, expect, it } from 'vitest';
import { CLUSTER_IDS, ZONE_IDS } from '../../src/model/index.ts';
import { model } from '../load-repo.ts';

const citiesIn = (zone: string) => model.cities.filter((c) => c.zone === zone).map((c) => c.short_zh).sort();
const metroMembers = (metro: string, scope: 'full' | 'part') =>
  model.cities.filter((c) => c.metro.some((m) => m.id === metro && m.scope === scope)).map((c) => c.short_zh).sort();

describe('一核一带一区', () => {
  it('has 9 cities in the core, 4 and 3 in the coastal wings and 5 in the north', () => {
    expect(ZONE_IDS.map((z) => citiesIn(z).length)).toEqual([9, 4, 3, 5]);
  });

  it('puts the right cities in each wing and in the north', () => {
    expect(citiesIn('east_wing')).toEqual(['揭阳', '汕头', '汕尾', '潮州'].sort());
    expect(citiesIn('west_wing')).toEqual(['湛江', '茂名', '阳江'].sort());
    expect(citiesIn('north')).toEqual(['云浮', '梅州', '河源', '清远', '韶关'].sort());
  });
});

describe('五大都市圈 (专栏12)', () => {
  it('places every city in exactly one metropolitan area', () => {
    for (const city of model.cities) expect(city.metro, city.short_zh).toHaveLength(1);
  });

  it('records whole-city and urban-part members as the plan lists them', () => {
    expect(metroMembers('guangzhou', 'full')).toEqual(['佛山', '广州'].sort());
    expect(metroMembers('guangzhou', 'part')).toEqual(['云浮', '清远', '肇庆', '韶关'].sort());
    expect(metroMembers('shenzhen', 'full')).toEqual(['东莞', '惠州', '深圳'].sort());
    expect(metroMembers('shenzhen', 'part')).toEqual(['河源', '汕尾'].sort());
    expect(metroMembers('pearl_west', 'full')).toEqual(['中山', '江门', '珠海', '阳江'].sort());
    expect(metroMembers('shantou_chaozhou_jieyang', 'full')).toEqual(['揭阳', '汕头', '潮州'].sort());
    expect(metroMembers('shantou_chaozhou_jieyang', 'part')).toEqual(['梅州']);
    expect(metroMembers('zhanjiang_maoming', 'full')).toEqual(['湛江', '茂名'].sort());
  });
});

describe('city roles', () => {
  const withRole = (role: string) => model.cities.filter((c) => c.roles.some((r) => r.role === role)).map((c) => c.short_zh).sort();

  it('names Guangzhou and Shenzhen the 双核', () => expect(withRole('dual_core')).toEqual(['广州', '深圳'].sort()));
  it('names Shantou and Zhanjiang the 省域副中心', () => expect(withRole('provincial_sub_center')).toEqual(['汕头', '湛江'].sort()));
  it('names Zhuhai the core city of the west bank', () => expect(withRole('pearl_west_core')).toEqual(['珠海']));
  it('gives every metropolitan area named after its centre that centre as 都市圈中心', () =>
    expect(withRole('metro_center')).toEqual(['广州', '深圳', '汕头', '湛江'].sort()));
});

describe('clusters and sub-sectors', () => {
  it('lists 10 pillar then 10 emerging clusters numbered 1–20', () => {
    expect(model.clusters.map((c) => c.group)).toEqual([...Array(10).fill('pillar'), ...Array(10).fill('emerging')]);
    expect(model.clusters.map((c) => c.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('gives every cluster the sub-sectors of its 专栏, numbered from 1', () => {
    for (const cluster of CLUSTER_IDS) {
      const numbers = model.subSectors.filter((s) => s.cluster === cluster).map((s) => s.number);
      expect(numbers.length, cluster).toBeGreaterThan(0);
      expect(numbers, cluster).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
    }
  });

  it('names each city at most once per sub-sector', () => {
    for (const s of model.subSectors) expect(new Set(s.cities.map((c) => c.city)).size, s.id).toBe(s.cities.length);
  });
});
