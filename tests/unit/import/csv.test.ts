import { describe, expect, it } from 'vitest';
import { ImportedLayer } from '../../../src/import/index.ts';
import { ctx, errorsOf, importText, layerOf } from './context.ts';

describe('CSV import: locations', () => {
  it('places rows by lon/lat and finds their cities', () => {
    const layer = layerOf(importText('p.csv', 'name,lon,lat\n天河,113.33,23.13\n南山,113.93,22.53\n'));
    expect(layer.format).toBe('csv');
    expect(layer.features.map((f) => [f.geometry, f.city, f.zone])).toEqual([
      [{ type: 'Point', coordinates: [113.33, 23.13] }, '440100', 'prd'],
      [{ type: 'Point', coordinates: [113.93, 22.53] }, '440300', 'prd'],
    ]);
    expect(layer.features[0]!.properties).toEqual({ name: '天河', lon: '113.33', lat: '23.13' });
    expect(ImportedLayer.safeParse(layer).success).toBe(true);
  });

  it('recognises lng, longitude, 经度/纬度 and x/y column names', () => {
    for (const [lon, lat] of [['lng', 'latitude'], ['Longitude', 'LAT'], ['经度', '纬度'], ['x', 'y']]) {
      expect(layerOf(importText('p.csv', `${lon},${lat}\n113.33,23.13\n`)).features[0]!.city).toBe('440100');
    }
  });

  it('places rows at the city label point for 广州, 广州市, Guangzhou, guangzhou and 440100', () => {
    const layer = layerOf(importText('c.csv', '城市,项目\n广州,a\n广州市,b\nGuangzhou,c\nguangzhou,d\n440100,e\n'));
    expect(layer.features.map((f) => f.city)).toEqual(['440100', '440100', '440100', '440100', '440100']);
    expect(layer.features[0]!.geometry).toEqual({ type: 'Point', coordinates: ctx.cityPoints.get('440100') });
  });

  it('matches city names across column names, spacing, case and a 广东省 prefix', () => {
    const layer = layerOf(importText('c.csv', 'city_id,n\n广东省深圳市,1\n ZHAN JIANG ,2\nShantou City,3\n440106,4\n'));
    expect(layer.features.map((f) => f.city)).toEqual(['440300', '440800', '440500', '440100']);
  });

  it('falls back to the city column when a row\'s coordinates are empty', () => {
    const layer = layerOf(importText('m.csv', 'name,lon,lat,city\na,113.33,23.13,\nb,,,湛江\n'));
    expect(layer.features.map((f) => f.city)).toEqual(['440100', '440800']);
  });

  it('warns when the city column disagrees with the coordinates and keeps the point\'s city', () => {
    const result = importText('m.csv', 'name,lon,lat,city\na,113.33,23.13,深圳\n');
    expect(layerOf(result).features[0]!.city).toBe('440100');
    expect(result.ok && result.warnings.map((w) => w.field)).toEqual(['city']);
  });
});

describe('CSV import: delimiters and quoting', () => {
  it('detects semicolon and tab delimiters from the header line', () => {
    expect(layerOf(importText('s.csv', 'name;lon;lat\n"a, b";113.33;23.13\n')).features[0]!.properties.name).toBe('a, b');
    expect(layerOf(importText('t.tsv', 'name\tlon\tlat\na;b\t113.33\t23.13\n')).features[0]!.properties.name).toBe('a;b');
  });

  it('reads decimal commas when the delimiter is a semicolon', () => {
    expect(layerOf(importText('s.csv', 'name;lon;lat\na;113,33;23,13\n')).features[0]!.geometry.coordinates).toEqual([113.33, 23.13]);
  });

  it('follows RFC 4180: quoted delimiters, doubled quotes, line breaks in cells and CRLF', () => {
    const layer = layerOf(importText('q.csv', 'name,note,lon,lat\r\n"say ""hi""","two\r\nlines",113.33,23.13\r\n'));
    expect(layer.features[0]!.properties).toMatchObject({ name: 'say "hi"', note: 'two\r\nlines' });
  });

  it('skips blank lines but counts them in row numbers, as a spreadsheet does', () => {
    const errors = errorsOf(importText('b.csv', 'name,lon,lat\n\na,113.33,23.13\n,,\nb,abc,23.13\n'));
    expect(errors.map((e) => [e.row, e.field])).toEqual([[5, 'lon']]);
  });
});

describe('CSV import: refused files and rows', () => {
  it('refuses a file without a location column, naming the columns it found', () => {
    expect(errorsOf(importText('n.csv', 'name,value\na,1\n'))[0]!.message_en).toContain('Columns found: name, value');
  });

  it('says the header is missing when the first row looks like data', () => {
    expect(errorsOf(importText('n.csv', '113.33,23.13\n113.2,23.1\n'))[0]!.message_en).toContain('must be a header');
  });

  it('refuses a lon column without a lat column', () => {
    expect(errorsOf(importText('n.csv', 'name,lon\na,113\n'))[0]!.message_en).toBe('There is a "lon" column but no latitude column.');
  });

  it('refuses duplicate column names', () => {
    expect(errorsOf(importText('d.csv', 'name,lon,lat,name\na,113.33,23.13,b\n'))[0]!.field).toBe('name');
  });

  it('refuses an unclosed quote at the row where it opened', () => {
    expect(errorsOf(importText('u.csv', 'name,lon,lat\na,113.33,23.13\n"b,113.33,23.13\nc,1,2\n'))[0]!.row).toBe(3);
  });

  it('refuses a header with no data rows', () => {
    expect(errorsOf(importText('e.csv', 'name,lon,lat\n'))[0]!.message_en).toContain('no features or data rows');
  });

  it('lists every bad row with its row number and loads nothing', () => {
    const text = [
      'name,lon,lat,city',
      'ok,113.33,23.13,',
      'bad lon,abc,23.13,',
      'ok,114.06,22.54,',
      'half,113.3,,',
      'nowhere,,,',
      'unknown city,,,Atlantis',
      'too many,113.3,23.1,,extra',
      'projected,12614000,2646000,',
    ].join('\n');
    const errors = errorsOf(importText('bad.csv', text));
    expect(errors.map((e) => [e.row, e.field])).toEqual([
      [null, null], [3, 'lon'], [5, 'lat'], [6, null], [7, 'city'], [8, null], [9, 'lon,lat'],
    ]);
    expect(errors[0]!.message_en).toContain('look projected');
    expect(errors[4]!.message_en).toContain('"Atlantis" is not one of Guangdong\'s 21 prefecture-level cities');
    expect(errors[5]!.message_en).toBe('This row has 5 cells; the header has 4 columns.');
  });
});
