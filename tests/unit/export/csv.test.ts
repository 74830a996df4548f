import { describe, expect, it } from 'vitest';
import { BOM, csvCell, toCSV } from '../../../src/export/csv.ts';
import { applyFilters } from '../../../src/filters/apply.ts';
import { parseQuery } from '../../../src/filters/query.ts';
import { parseCsv } from '../../../src/model/index.ts';

const rowsOf = (text: string) => { const parsed = parseCsv(text); if (!parsed.ok) throw new Error(`unclosed quote at row ${parsed.row}`); return parsed.records; };
import { features, model } from '../../load-repo.ts';

const csvOf = (query: string, bom = false) => toCSV(features, applyFilters(model, parseQuery(query).state.filters), 'cities', { bom });

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });
  it('defuses cells that a spreadsheet would run as a formula', () => {
    expect(csvCell('=cmd|/c calc')).toBe("'=cmd|/c calc");
    expect(csvCell('+1+cmd|/c calc')).toBe("'+1+cmd|/c calc");
    expect(csvCell('-2+3+cmd|/c calc')).toBe("'-2+3+cmd|/c calc");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });
  it('leaves plain signed numbers alone, even as text', () => {
    expect(csvCell('-7')).toBe('-7');
    expect(csvCell('+1.5')).toBe('+1.5');
  });
  it('writes numbers as numbers and null as empty', () => {
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(null)).toBe('');
  });
});

describe('toCSV', () => {
  it('has the GeoJSON properties plus lon/lat, one row per visible city', () => {
    const rows = rowsOf(csvOf('zone=west_wing'));
    expect(rows[0]!.slice(-2)).toEqual(['lon', 'lat']);
    expect(rows[0]![0]).toBe('city_id');
    expect(rows.slice(1).map((r) => r[0])).toEqual(['440800', '440900', '441700']);
  });
  it('places each city point inside Guangdong', () => {
    for (const row of rowsOf(csvOf('')).slice(1)) {
      const [lon, lat] = row.slice(-2).map(Number);
      expect(lon).toBeGreaterThan(109.5); expect(lon).toBeLessThan(117.5);
      expect(lat).toBeGreaterThan(20); expect(lat).toBeLessThan(25.6);
    }
  });
  it('uses CRLF line ends and adds a BOM only when asked', () => {
    expect(csvOf('')).toMatch(/^city_id,.*\r\n/);
    expect(csvOf('').startsWith(BOM)).toBe(false);
    expect(csvOf('', true).startsWith(BOM)).toBe(true);
  });
});

describe('label columns beside codes', () => {
  const header = (query: string, layer: 'cities' | 'projects' | 'zones' = 'cities') =>
    rowsOf(toCSV(features, applyFilters(model, parseQuery(query).state.filters), layer))[0]!;
  it('names zones, metro areas, scopes, roles and ranks in both languages next to their codes', () => {
    const rows = rowsOf(csvOf('city=440100'));
    const head = rows[0]!;
    const gz = rows.find((r) => r[0] === '440100')!;
    const cell = (name: string) => gz[head.indexOf(name)];
    expect(head.slice(head.indexOf('zone'), head.indexOf('zone') + 3)).toEqual(['zone', 'zone_zh', 'zone_en']);
    expect([cell('zone'), cell('zone_zh'), cell('zone_en')]).toEqual(['prd', '珠三角核心区', 'Pearl River Delta core']);
    expect(head.indexOf('rank_new_energy_label')).toBe(head.indexOf('rank_new_energy') + 1);
    expect([cell('rank_new_energy'), cell('rank_new_energy_label')]).toEqual(['core', '核心 ★★★ / Core ★★★']);
    expect(cell('roles')).toContain('dual_core');
    expect(cell('roles_zh')).toContain('双核');
    expect(cell('roles_en')).toContain('Dual core');
    expect(cell('metro_area_zh')).toContain('广州都市圈');
    expect(cell('metro_scope_en')).toBe('whole city');
  });
  it('leaves a label empty where the code is empty', () => {
    const rows = rowsOf(csvOf(''));
    const head = rows[0]!;
    const meizhou = rows.find((r) => r[0] === '441400')!;
    expect([meizhou[head.indexOf('rank_new_energy')], meizhou[head.indexOf('rank_new_energy_label')]]).toEqual(['', '']);
  });
  it('words project kinds, and names an empty export’s columns too', () => {
    expect(header('layers=projects', 'projects').slice(3, 6)).toEqual(['kind', 'kind_zh', 'kind_en']);
    expect(header('layers=projects&q=zzzzzz', 'projects').slice(3, 6)).toEqual(['kind', 'kind_zh', 'kind_en']);
    expect(header('', 'zones')).not.toContain('zone_zh'); // a zone's own names are its name_zh, name_en
  });
});
