import type { Feature } from 'geojson';
import type { ImportedLayer } from '../import/index.ts';
import { csvCell, BOM } from './csv.ts';
import { round6 } from '../model/round.ts';
import { CRS_NOTE, mapGeometry, positionTo, type ExportCrs } from './crs.ts';

const roundDeep = (c: unknown): unknown => (Array.isArray(c) ? c.map(roundDeep) : typeof c === 'number' ? round6(c) : c);

/** An imported layer's visible features as RFC 7946 text, one feature per line, properties as imported. */
export function importedToGeoJSON(layer: ImportedLayer, visibleIds: ReadonlySet<string>, filters: string, crs: ExportCrs = 'wgs84'): string {
  const rows = layer.features.filter((f) => visibleIds.has(f.id));
  // no file name in the metadata: re-importing an export must export the same bytes
  const metadata = {
    title: '导入的数据 Imported data', layer: 'imported', filters, count: rows.length, total: layer.features.length,
    // converted like the plan's layers (imports are WGS84 once read), and said so: such a file is not RFC 7946 WGS84
    ...(crs === 'wgs84' ? {} : { coordinates: CRS_NOTE[crs], crs: crs === 'gcj02' ? 'GCJ-02' : 'BD-09' }),
  };
  const pos = positionTo(crs);
  const lines = rows.map((f) => {
    const properties = Object.fromEntries(layer.columns.map((c) => [c, f.properties[c] ?? null]));
    const feature: Feature = { type: 'Feature', id: f.id, properties, geometry: crs === 'wgs84' ? { ...f.geometry, coordinates: roundDeep(f.geometry.coordinates) } as Feature['geometry'] : mapGeometry(f.geometry, pos) };
    return JSON.stringify(feature);
  });
  return `{"type":"FeatureCollection","metadata":${JSON.stringify(metadata)},"features":[\n${lines.join(',\n')}\n]}\n`;
}

/** The same rows as CSV with the imported columns plus lon/lat of each feature's point. */
export function importedToCSV(layer: ImportedLayer, visibleIds: ReadonlySet<string>, options: { bom?: boolean; crs?: ExportCrs } = {}): string {
  const crs = options.crs ?? 'wgs84';
  const pos = positionTo(crs);
  // a file that brought its own lon/lat columns keeps them rather than getting a second pair
  const hasLonLat = ['lon', 'lat'].every((c) => layer.columns.includes(c));
  const lines = [[...layer.columns, ...(hasLonLat ? [] : ['lon', 'lat'])].map(csvCell).join(',')];
  for (const f of layer.features) {
    if (!visibleIds.has(f.id)) continue;
    const cells = layer.columns.map((c) => {
      const v = f.properties[c] ?? null;
      return typeof v === 'boolean' ? String(v) : v;
    });
    const point = crs === 'wgs84' ? [round6(f.point[0]), round6(f.point[1])] : pos(f.point);
    lines.push([...cells, ...(hasLonLat ? [] : point)].map(csvCell).join(','));
  }
  return (options.bom ? BOM : '') + lines.join('\r\n') + '\r\n';
}
