import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/** An ECharts 4 map file: GeoJSON whose rings are strings of zig-zag, delta-encoded coordinates. */
export interface EchartsMap {
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: {
    id?: string;
    properties: { name: string; [key: string]: unknown };
    geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown; encodeOffsets?: unknown };
  }[];
}

function decodeRing(encoded: string, offset: [number, number], scale: number): Position[] {
  const ring: Position[] = [];
  let [x, y] = offset;
  for (let i = 0; i < encoded.length; i += 2) {
    let dx = encoded.charCodeAt(i) - 64;
    let dy = encoded.charCodeAt(i + 1) - 64;
    dx = (dx >> 1) ^ -(dx & 1); // zig-zag
    dy = (dy >> 1) ^ -(dy & 1);
    x += dx;
    y += dy;
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

/** Closes a ring and drops it (null) if it cannot be a valid ring: fewer than 4 positions. */
function closeRing(ring: Position[]): Position[] | null {
  const first = ring[0], last = ring[ring.length - 1];
  const closed = first && last && (first[0] !== last[0] || first[1] !== last[1]) ? [...ring, first] : ring;
  return closed.length >= 4 ? closed : null;
}

/** Decodes an ECharts 4 map into plain GeoJSON features, as ECharts' own parseGeoJson does. */
export function decodeEcharts(map: EchartsMap): Feature<Polygon | MultiPolygon, { id: string; name: string }>[] {
  const scale = map.UTF8Scale ?? 1024;
  return map.features.map((f) => {
    const g = f.geometry;
    const polygon = (rings: string[], offsets: [number, number][]) =>
      rings.map((r, i) => closeRing(decodeRing(r, offsets[i]!, scale))).filter((r): r is Position[] => r !== null);
    let polygons: Position[][][];
    if (g.type === 'Polygon') polygons = [polygon(g.coordinates as string[], g.encodeOffsets as [number, number][])];
    else polygons = (g.coordinates as string[][]).map((p, i) => polygon(p, (g.encodeOffsets as [number, number][][])[i]!));
    polygons = polygons.filter((p) => p.length > 0);
    const geometry: Polygon | MultiPolygon = polygons.length === 1
      ? { type: 'Polygon', coordinates: polygons[0]! }
      : { type: 'MultiPolygon', coordinates: polygons };
    return { type: 'Feature', geometry, properties: { id: f.id ?? String(f.properties.name), name: f.properties.name } };
  });
}
