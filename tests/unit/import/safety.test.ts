import { describe, expect, it } from 'vitest';
import { errorsOf, importText, layerOf } from './context.ts';

const XSS = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert("x")</script>';

describe('import keeps text as data', () => {
  it('preserves HTML-like names verbatim as strings in CSV', () => {
    const layer = layerOf(importText('x.csv', `name,note,lon,lat\n${XSS},"${SCRIPT.replace(/"/g, '""')}",113.33,23.13\n`));
    expect(layer.features[0]!.properties).toMatchObject({ name: XSS, note: SCRIPT });
  });

  it('preserves HTML-like names and keys verbatim in GeoJSON', () => {
    const text = JSON.stringify({ type: 'Feature', properties: { name: XSS, [SCRIPT]: SCRIPT }, geometry: { type: 'Point', coordinates: [113.33, 23.13] } });
    expect(layerOf(importText('x.geojson', text)).features[0]!.properties).toEqual({ name: XSS, [SCRIPT]: SCRIPT });
  });

  it('keeps a __proto__ column as an ordinary property', () => {
    const props = layerOf(importText('p.csv', '__proto__,lon,lat\n{"polluted":1},113.33,23.13\n')).features[0]!.properties;
    expect(Object.getPrototypeOf(props)).toBe(Object.prototype);
    expect(Object.keys(props)).toEqual(['__proto__', 'lon', 'lat']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('flags formula-like cells with one warning per column listing the rows, and keeps their text', () => {
    const result = importText('f.csv', 'name,note,lon,lat\n=cmd|\'/c calc\'!A1,ok,113.33,23.13\nplain,@SUM(A1),113.33,23.13\n+1+1,-2,113.33,23.13\n"\tx",ok,113.33,23.13\n');
    expect(layerOf(result).features[0]!.properties.name).toBe("=cmd|'/c calc'!A1");
    const warnings = result.ok ? result.warnings : [];
    expect(warnings.map((w) => [w.field, w.message_en.slice(0, 14)])).toEqual([['name', 'In rows 2, 4, '], ['note', 'In row 3 this ']]);
  });

  it('flags formula-like strings in GeoJSON properties too', () => {
    const text = JSON.stringify({ type: 'Feature', properties: { name: '=HYPERLINK("http://x")' }, geometry: { type: 'Point', coordinates: [113.33, 23.13] } });
    const result = importText('f.geojson', text);
    expect(result.ok && result.warnings.map((w) => w.field)).toEqual(['name']);
  });

  it('does not run or parse cell text: a JSON-looking cell stays a string', () => {
    expect(layerOf(importText('j.csv', 'obj,lon,lat\n"{""a"":1}",113.33,23.13\n')).features[0]!.properties.obj).toBe('{"a":1}');
  });

  it('refuses rather than half-loads: one bad row among good ones yields no layer', () => {
    expect(errorsOf(importText('h.csv', 'lon,lat\n113.33,23.13\nx,23.13\n113.33,23.13\n')).map((e) => e.row)).toEqual([3]);
  });
});
