import gcoord from 'gcoord';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/** Converts every position from GCJ-02 (China's obfuscated datum) to WGS84. */
export function toWgs84<P>(feature: Feature<Polygon | MultiPolygon, P>): Feature<Polygon | MultiPolygon, P> {
  const pos = (p: Position) => gcoord.transform([p[0]!, p[1]!] as [number, number], gcoord.GCJ02, gcoord.WGS84) as Position;
  const geometry: Polygon | MultiPolygon = feature.geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: feature.geometry.coordinates.map((r) => r.map(pos)) }
    : { type: 'MultiPolygon', coordinates: feature.geometry.coordinates.map((p) => p.map((r) => r.map(pos))) };
  return { ...feature, geometry };
}
