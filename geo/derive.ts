import { featureCollection } from '@turf/helpers';
import union from '@turf/union';
import area from '@turf/area';
import bboxPolygon from '@turf/bbox-polygon';
import intersect from '@turf/intersect';
import polylabel from 'polylabel';
import type { BBox, Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';

type Areal = Feature<Polygon | MultiPolygon>;

/** Dissolves member polygons into one (shared borders vanish because clean.ts snapped them). */
export function dissolve(members: Areal[]): Polygon | MultiPolygon {
  if (members.length === 1) return members[0]!.geometry;
  const merged = union(featureCollection(members));
  if (!merged) throw new Error('dissolve: empty union');
  return merged.geometry;
}

/** The largest polygon of a geometry (by area), as a list of rings. */
function largestPolygon(g: Polygon | MultiPolygon): Position[][] {
  if (g.type === 'Polygon') return g.coordinates;
  let best: Position[][] = g.coordinates[0]!;
  let bestArea = -1;
  for (const rings of g.coordinates) {
    const a = area({ type: 'Polygon', coordinates: rings });
    if (a > bestArea) { best = rings; bestArea = a; }
  }
  return best;
}

/** A label point well inside the shape: the pole of inaccessibility of its largest polygon. */
export function labelPoint(g: Polygon | MultiPolygon): Point {
  const [lon, lat] = polylabel(largestPolygon(g) as number[][][], 0.0005);
  return { type: 'Point', coordinates: [lon!, lat!] };
}

/**
 * A label point for the part of a shape inside `box`: a neighbouring province named where the map
 * shows it, next to Guangdong, rather than at its own far-away centre.
 */
export function labelPointWithin(g: Polygon | MultiPolygon, box: BBox): Point {
  const clipped = intersect(featureCollection([{ type: 'Feature', properties: {}, geometry: g }, bboxPolygon(box)]));
  return labelPoint(clipped ? clipped.geometry : g);
}
