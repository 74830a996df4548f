import { describe, expect, it } from 'vitest';
import { SEQUENTIAL, NO_VALUE, asNumber, cityChoropleth, classBreaks, classOf, numericColumns } from '../../../src/layers/choropleth.ts';

const VALUES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 50, 100];

describe('numeric columns', () => {
  it('finds the columns whose every filled cell is a number, including "1,234.5" text, and not ids mixed with words', () => {
    const rows = [{ city: '广州', gdp: '28,839.0', pop: 1881, note: '12' }, { city: '深圳', gdp: '30664.9', pop: '', note: 'n/a' }];
    expect(numericColumns(['city', 'gdp', 'pop', 'note'], rows)).toEqual(['gdp', 'pop']);
    expect(asNumber('28,839.0')).toBe(28839);
    expect(asNumber('1,23')).toBeNull();
  });
});

describe('class breaks', () => {
  it('quantile puts about the same number of values in each class', () => {
    const limits = classBreaks(VALUES, 'quantile', 4);
    expect(limits[0]).toBe(1);
    expect(limits.at(-1)).toBe(100);
    const counts = [0, 0, 0, 0];
    for (const v of VALUES) counts[classOf(v, limits)!]!++;
    expect(counts).toEqual([3, 3, 3, 3]);
  });
  it('equal interval cuts the range into equal widths', () => {
    expect(classBreaks(VALUES, 'equal', 3)).toEqual([1, 34, 67, 100]);
  });
  it('natural breaks (Jenks) separate the two outliers from the cluster of small values', () => {
    const limits = classBreaks(VALUES, 'jenks', 3);
    expect(limits).toEqual([1, 50, 100, 100]);
    expect(classOf(10, limits)).toBe(0);
    expect(classOf(50, limits)).toBe(1);
    expect(classOf(75, limits)).toBe(1);
    expect(classOf(100, limits)).toBe(2);
  });
  it('manual breaks are sorted and kept inside the range; the number of classes is clamped to 3–7', () => {
    expect(classBreaks(VALUES, 'manual', 3, [20, 5, 500, -1])).toEqual([1, 5, 20, 100]);
    expect(classBreaks(VALUES, 'quantile', 12)).toHaveLength(8);
    expect(classBreaks(VALUES, 'quantile', 1)).toHaveLength(4);
  });
});

describe('city choropleth', () => {
  const rows = [
    { city: '440100', properties: { gdp: '28839' } },
    { city: '440300', properties: { gdp: 30664 } },
    { city: '440400', properties: { gdp: '4045' } },
    { city: '440600', properties: { gdp: '12157' } },
    { city: '441900', properties: { gdp: '' } },
    { city: '440100', properties: { gdp: '1' } }, // a second row for 广州: the first counts
  ];
  const map = cityChoropleth(rows, 'gdp', 'gdp-2022.csv', 'quantile', 3);
  it('colours each city by its class on the sequential ramp, and a city without a value grey', () => {
    expect(map.colorOf('440300')).toEqual(SEQUENTIAL[3]![2]);
    expect(map.colorOf('440400')).toEqual(SEQUENTIAL[3]![0]);
    expect(map.colorOf('441900')).toEqual(NO_VALUE);
    expect(map.colorOf('445100')).toEqual(NO_VALUE);
  });
  it('gives the legend its class limits, counts and the file name, and names duplicated cities', () => {
    expect(map.classes.map((c) => c.count)).toEqual([1, 1, 2]);
    expect(map.classes[0]!.from).toBe(4045);
    expect(map.classes.at(-1)!.to).toBe(30664);
    expect(map.source).toBe('gdp-2022.csv');
    expect(map.duplicates).toEqual(['440100']);
  });
});
