import type { MultiPolygon, Polygon } from 'geojson';
import { z } from 'zod';
import type { PartialImport } from './partial.ts';
import { Adcode, ZoneId, type Adcode as AdcodeT, type ZoneId as ZoneIdT } from '../model/ids.ts';

/** One problem with an imported file, located to a row (1-based; the CSV header is row 1) and field. */
export const ImportIssue = z.strictObject({
  row: z.number().int().positive().nullable(), // CSV record number or GeoJSON feature number; null = whole file
  field: z.string().nullable(),                 // column or property name; null = the row or file as a whole
  message_zh: z.string().min(1),
  message_en: z.string().min(1),
});
export type ImportIssue = z.infer<typeof ImportIssue>;

const Position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const Ring = z.array(Position).min(4);

/** The geometries an imported feature may have: WGS84 lon/lat, two dimensions. */
export const ImportGeometry = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('Point'), coordinates: Position }),
  z.strictObject({ type: z.literal('LineString'), coordinates: z.array(Position).min(2) }),
  z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(Ring).min(1) }),
  z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(Ring).min(1)).min(1) }),
]);
export type ImportGeometry = z.infer<typeof ImportGeometry>;

export const PropertyValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type PropertyValue = z.infer<typeof PropertyValue>;

export const ImportedFeature = z.strictObject({
  id: z.string().min(1),                          // the file's own id when unique, else `row-<n>`
  geometry: ImportGeometry,
  point: Position,                                // representative point: city lookup, labels, CSV lon/lat
  city: Adcode.nullable(),                        // the city containing `point`, or named in a city column
  zone: ZoneId.nullable(),                        // that city's zone
  properties: z.record(z.string(), PropertyValue), // flat, every column or property of the file
});
export type ImportedFeature = z.infer<typeof ImportedFeature>;

export const ImportFormat = z.enum(['geojson', 'csv', 'shp', 'kml', 'kmz', 'gpkg']);
export type ImportFormat = z.infer<typeof ImportFormat>;

export const ImportedLayer = z.strictObject({
  name: z.string(),              // the file name as given
  format: ImportFormat,
  columns: z.array(z.string()),  // property names in file order (object key order puts "2023" first)
  features: z.array(ImportedFeature),
});
export type ImportedLayer = z.infer<typeof ImportedLayer>;

/** All or nothing: a layer (perhaps with warnings), or every error found. */
export type ImportResult =
  | { ok: true; layer: ImportedLayer; warnings: ImportIssue[] }
  | { ok: false; errors: ImportIssue[]; partial?: PartialImport }; // partial: the valid rows, when only some rows failed

/** The file as the UI received it (a dropped or picked File's name and bytes). */
export interface ImportInput {
  name: string;
  bytes: Uint8Array;
}

/** What the importer needs from the model; built from already validated data, so not re-parsed. */
export interface ImportContext {
  cities: readonly { id: AdcodeT; name_zh: string; short_zh: string; name_en: string; pinyin: string; zone: ZoneIdT }[];
  cityShapes: Map<string, Polygon | MultiPolygon>;
  cityPoints: Map<string, [number, number]>; // label point per adcode, for rows located by city name
}
