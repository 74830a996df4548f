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

// Joined features never change (see src/model/join.ts), so each one's line is written once
// and reused by later exports, whatever the filters; indexed like the layer's feature array.
const lineCache = new WeakMap<readonly FlatFeature[], (string | undefined)[]>();

function linesOf(list: readonly FlatFeature[], indexes: number[]): string[] {
  let cached = lineCache.get(list);
  if (!cached) lineCache.set(list, (cached = new Array<string | undefined>(list.length)));
  const lines = new Array<string>(indexes.length);
  for (let k = 0; k < indexes.length; k++) {
    const i = indexes[k]!;
    lines[k] = cached[i] ??= featureLine(list[i]!);
  }
  return lines;
}

/**
 * RFC 7946 FeatureCollection text: WGS84, right-hand rings (as geo/ wrote them), no `crs`,
 * string ids, flat properties, one feature per line so exports diff well. With `crs` GCJ-02 or
 * BD-09 the positions are converted and the metadata says so (such a file is not RFC 7946 WGS84).
 */
export function toGeoJSON(model: Model, features: Features, visible: Visible, layer: ExportLayer, crs: ExportCrs = 'wgs84'): string {
  const indexes = visibleIndexes(features, visible, layer);
  const metadata = exportMetadata(model, visible, layer, indexes.length, crs);
  const list = layerFeatures(features, layer);
  const pos = positionTo(crs);
  const lines = crs === 'wgs84' ? linesOf(list, indexes) : indexes.map((i) => {
    const f = list[i]!;
    return JSON.stringify({ type: 'Feature', id: f.id, properties: f.properties, geometry: mapGeometry(f.geometry, pos) });
  });
  return `{"type":"FeatureCollection","metadata":${JSON.stringify(metadata)},"features":[\n${lines.join(',\n')}\n]}\n`;
}
