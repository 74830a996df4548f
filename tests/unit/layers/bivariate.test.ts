import { describe, expect, it } from 'vitest';
import { indicatorColumns } from '../../../src/export/indicator-columns.ts';
import { DEFAULT_INDICATOR } from '../../../src/filters/indicator-state.ts';
import { BIVARIATE, bivariateCell, bivariateLegend, tercileCell, terciles } from '../../../src/layers/bivariate.ts';
import { NO_VALUE } from '../../../src/layers/choropleth.ts';
import { indicatorMap } from '../../../src/layers/indicator-map.ts';
import { legendRows } from '../../../src/print/legend-commands.ts';

// nine cities: GDP rises with the index, the core count falls, so the corners are filled
const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
const rows = ids.slice(0, 9).map((id, k) => ({ city: id, properties: { GDP: String((k + 1) * 100), pop: String(k % 3) } }));
const core = new Map(ids.map((id, k) => [id, 9 - k]));
const plan = { ids, coreCount: (id: string) => core.get(id) ?? 0 };

describe('terciles and cells', () => {
  it('cuts nine values into three classes of three', () => {
    const limits = terciles([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(limits.map((x) => x.toFixed(2))).toEqual(['1.00', '3.67', '6.33', '9.00']);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((v) => bivariateCell(v, 1, limits, [1, 2, 3, 4])?.[0])).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2]);
  });
  it('spreads two classes (ties) to low and high, one class to the middle; no value has no cell', () => {
    expect([tercileCell(0, [0, 1, 5]), tercileCell(1, [0, 1, 5]), tercileCell(0, [2, 2])]).toEqual([0, 2, 1]);
    expect(bivariateCell(null, 1, [1, 2, 3, 4], [1, 2, 3, 4])).toBeNull();
  });
  it('uses a 3×3 palette whose corners are four distinct colours, grey where both are low', () => {
    expect(BIVARIATE[0]![0]).toEqual([232, 232, 232, 255]);
    expect(new Set([BIVARIATE[0]![2], BIVARIATE[2]![0], BIVARIATE[2]![2], BIVARIATE[0]![0]].map(String)).size).toBe(4);
  });
});

describe('the bivariate map of an indicator choice', () => {
  const map = indicatorMap(rows, 'gdp.csv', { ...DEFAULT_INDICATOR, column: 'GDP', second: 'core_count' }, ['GDP', 'pop'], plan)!;

  it('colours a city by its GDP tercile (across) and its ★★★ tercile (up)', () => {
    expect(map.cellOf!('a')).toEqual([0, 2]); // GDP low, core count high
    expect(map.colorOf('a')).toEqual(BIVARIATE[2]![0]);
    expect(map.cellOf!('i')).toEqual([2, 0]);
    expect(map.colorOf('j')).toEqual(NO_VALUE); // no GDP
    expect(map.grid!.counts.flat().reduce((a, b) => a + b)).toBe(9);
  });

  it('has a legend square with both axes and their limits, and nine listed cells for outputs that list them', () => {
    const section = bivariateLegend({ ...map, grid: map.grid! });
    expect(section.grid!.x.en).toBe('GDP: 100–366.7 | 366.7–633.3 | 633.3–900');
    expect(section.grid!.y.zh).toMatch(/^核心（★★★）集群数：/);
    expect(section.entries).toHaveLength(10);
    expect(section.title.en).toBe('GDP × core (★★★) clusters (gdp.csv; terciles)');
    expect(legendRows([section])).toBe(6);
  });

  it('takes a second imported column, and falls back to one variable for an unknown or the same column', () => {
    const two = indicatorMap(rows, 'x', { ...DEFAULT_INDICATOR, column: 'GDP', second: 'pop' }, ['GDP', 'pop'], plan)!;
    expect(two.second!.column).toBe('pop');
    expect(indicatorMap(rows, 'x', { ...DEFAULT_INDICATOR, column: 'GDP', second: 'nope' }, ['GDP', 'pop'], plan)!.grid).toBeUndefined();
    expect(indicatorMap(rows, 'x', { ...DEFAULT_INDICATOR, column: 'GDP', second: 'GDP' }, ['GDP', 'pop'], plan)!.grid).toBeUndefined();
    expect(indicatorMap(rows, 'x', { ...DEFAULT_INDICATOR, column: 'nope' }, ['GDP'], plan)).toBeNull();
  });

  it('exports both variables and the cell ("first-second" terciles)', () => {
    const two = indicatorMap(rows, 'x', { ...DEFAULT_INDICATOR, column: 'GDP', second: 'pop' }, ['GDP', 'pop'], plan)!;
    expect(indicatorColumns(two).map((c) => [c.name, c.valueOf('i')])).toEqual([['GDP', 900], ['pop', 2], ['bivariate_class', '3-3']]);
    expect(indicatorColumns(map).map((c) => [c.name, c.valueOf('a')])).toEqual([['GDP', 100], ['bivariate_class', '1-3']]);
  });
});
