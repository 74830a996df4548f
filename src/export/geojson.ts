import type { Geometry, Position } from 'geojson';
import type { Visible } from '../filters/apply.ts';
import type { Features, Model } from '../model/index.ts';
import { mapGeometry, positionTo, type ExportCrs } from './crs.ts';
import { exportMetadata } from './metadata.ts';
import { layerFeatures, visibleIndexes, type ExportLayer, type FlatFeature } from './select.ts';
import { round6 } from '../model/round.ts';


function roundGeometry(g: Geometry): Geometry {
  const pos = (p: Position) => [round6(p[0]!), round6(p[1]!)];
  switch (g.type) {
    case 'Point': return { type: g.type, coordinates: pos(g.coordinates) };
    case 'LineString': return { type: g.type, coordinates: g.coordinates.map(pos) };
    case 'Polygon': return { type: g.type, coordinates: g.coordinates.map((r) => r.map(pos)) };
    case 'MultiPolygon': return { type: g.type, coordinates: g.coordinates.map((p) => p.map((r) => r.map(pos))) };
    default: throw new Error(`export: unsupported geometry ${g.type}`);
  }
}

const featureLine = (feature: FlatFeature) => JSON.stringify({
  type: 'Feature', id: feature.id, properties: feature.properties, geometry: roundGeometry(feature.geometry),
});

const utf8 = new TextEncoder();
const SEPARATOR = utf8.encode(',\n');
const TAIL = utf8.encode('\n]}\n');

// Joined features never change (see src/model/join.ts), so each one's line is encoded once and
// reused by later exports, whatever the filters; indexed like the layer's feature array. Kept as
// UTF-8 bytes, which is what the page's download and the CLI's file hold: an export of 100k
// projects is then one copy into one buffer, not a 100 MB UTF-16 string to build and encode again.
const lineCache = new WeakMap<readonly FlatFeature[], (Uint8Array | undefined)[]>();

function linesOf(list: readonly FlatFeature[], indexes: number[]): Uint8Array[] {
  let cached = lineCache.get(list);
  if (!cached) lineCache.set(list, (cached = new Array<Uint8Array | undefined>(list.length)));
  const lines = new Array<Uint8Array>(indexes.length);
  for (let k = 0; k < indexes.length; k++) {
    const i = indexes[k]!;
    lines[k] = cached[i] ??= utf8.encode(featureLine(list[i]!));
  }
  return lines;
}

/**
 * RFC 7946 FeatureCollection as UTF-8 bytes: WGS84, right-hand rings (as geo/ wrote them), no `crs`,
 * string ids, flat properties, one feature per line so exports diff well. With `crs` GCJ-02 or
 * BD-09 the positions are converted and the metadata says so (such a file is not RFC 7946 WGS84).
 * The page's download and the CLI's output are these bytes.
 */
export function toGeoJSONBytes(model: Model, features: Features, visible: Visible, layer: ExportLayer, crs: ExportCrs = 'wgs84'): Uint8Array {
  const indexes = visibleIndexes(features, visible, layer);
  const metadata = exportMetadata(model, visible, layer, indexes.length, crs);
  const list = layerFeatures(features, layer);
  const pos = positionTo(crs);
  const lines = crs === 'wgs84' ? linesOf(list, indexes) : indexes.map((i) => {
    const f = list[i]!;
    return utf8.encode(JSON.stringify({ type: 'Feature', id: f.id, properties: f.properties, geometry: mapGeometry(f.geometry, pos) }));
  });
  const head = utf8.encode(`{"type":"FeatureCollection","metadata":${JSON.stringify(metadata)},"features":[\n`);
  let size = head.length + TAIL.length + Math.max(0, lines.length - 1) * SEPARATOR.length;
  for (const line of lines) size += line.length;
  const out = new Uint8Array(size);
  out.set(head, 0);
  let at = head.length;
  lines.forEach((line, k) => {
    if (k > 0) { out.set(SEPARATOR, at); at += SEPARATOR.length; }
    out.set(line, at);
    at += line.length;
  });
  out.set(TAIL, at);
  return out;
}

/** The same GeoJSON as text (for code that reads it back, e.g. tests). */
export function toGeoJSON(model: Model, features: Features, visible: Visible, layer: ExportLayer, crs: ExportCrs = 'wgs84'): string {
  return new TextDecoder().decode(toGeoJSONBytes(model, features, visible, layer, crs));
}
