import gcoord from 'gcoord';
import type { Draft } from './draft.ts';
import type { ImportGeometry } from './schema.ts';

/** The datum an analyst declares for an imported file: WGS84 (GPS, GIS) or GCJ-02 (高德, 腾讯 coordinates). */
export type ImportDatum = 'wgs84' | 'gcj02';

const toWgs84 = (p: [number, number]): [number, number] => gcoord.transform(p, gcoord.GCJ02, gcoord.WGS84) as [number, number];

function convert(g: ImportGeometry): ImportGeometry {
  switch (g.type) {
    case 'Point': return { type: g.type, coordinates: toWgs84(g.coordinates) };
    case 'LineString': return { type: g.type, coordinates: g.coordinates.map(toWgs84) };
    case 'Polygon': return { type: g.type, coordinates: g.coordinates.map((r) => r.map(toWgs84)) };
    case 'MultiPolygon': return { type: g.type, coordinates: g.coordinates.map((p) => p.map((r) => r.map(toWgs84))) };
  }
}

/** Drafts in WGS84: a file declared GCJ-02 has every position converted before cities are looked up. */
export function toWgs84Drafts(drafts: Draft[], datum: ImportDatum): Draft[] {
  return datum === 'wgs84' ? drafts : drafts.map((d) => ({ ...d, geometry: convert(d.geometry) }));
}
