import { GeoJsonLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Adcode, DistrictShapes, Features, SubSector, SubSectorRole } from '../model/index.ts';
import type { LayerInput } from './input.ts';
import { boxedLabels } from './boxed-labels.ts';
import type { RGBA } from './palette.ts';
import { PLACE_LINE, placeFill } from './place-style.ts';

/** One county-level unit a sub-sector's places are drawn as, with the names the 专栏 uses for them. */
export interface PlaceShapeProps {
  district: string;
  name_zh: string;     // the unit's own name (geo's reference data)
  city: Adcode;
  role: SubSectorRole; // the city's role in the item: the outline's colour
  places_zh: string;   // the names as the text writes them, 、-joined (花都区; 顺德勒流镇)
  quote: string;       // the first passage naming them
}
export type PlaceShape = Feature<Polygon | MultiPolygon, PlaceShapeProps>;
interface PlaceLabel { position: [number, number]; text: string }
/** A park or zone a document places at a point (none yet: the 专栏 give no coordinates). */
export interface PlacePoint { position: [number, number]; role: SubSectorRole; name_zh: string }

const cache = new WeakMap<SubSector, { shapes: DistrictShapes; shapesOut: PlaceShape[]; labels: PlaceLabel[] }>();
const pointCache = new WeakMap<SubSector, PlacePoint[]>();

/** The places of a sub-sector that have a point of their own (and no district), in the item's order. */
export function subSectorPlacePoints(subSector: SubSector | null): PlacePoint[] {
  if (!subSector?.places?.length) return [];
  let points = pointCache.get(subSector);
  if (!points) {
    points = subSector.places.flatMap((p) => (p.place && p.district === null
      ? [{ position: p.place, name_zh: p.name_zh, role: subSector.cities.find((m) => m.city === p.city)?.role ?? 'named' }] : []));
    pointCache.set(subSector, points);
  }
  return points;
}

/**
 * The district outlines of a sub-sector's places (those with a county-level unit), one per unit, in the
 * item's order; the same array for the same sub-sector and shapes, so deck.gl keeps its buffers.
 */
export function subSectorPlaceShapes(shapes: DistrictShapes | null, subSector: SubSector | null, features: Pick<Features, 'districtPoints'>): { shapes: PlaceShape[]; labels: PlaceLabel[] } {
  if (!shapes || !subSector?.places?.length) return { shapes: [], labels: [] };
  const hit = cache.get(subSector);
  if (hit && hit.shapes === shapes) return { shapes: hit.shapesOut, labels: hit.labels };
  const byId = new Map(shapes.features.map((f) => [f.id, f]));
  const out = new Map<string, PlaceShape>();
  for (const p of subSector.places) {
    const shape = p.district === null ? undefined : byId.get(p.district);
    if (!shape) continue;
    const seen = out.get(shape.id);
    if (seen) { seen.properties.places_zh += `、${p.name_zh}`; continue; }
    const role = subSector.cities.find((m) => m.city === p.city)?.role ?? 'named';
    out.set(shape.id, {
      type: 'Feature', id: shape.id, geometry: shape.geometry as Polygon | MultiPolygon,
      properties: { district: shape.id, name_zh: shape.properties.name_zh, city: p.city, role, places_zh: p.name_zh, quote: p.source.quote },
    });
  }
  const shapesOut = [...out.values()];
  const labels = shapesOut.flatMap((f) => {
    const position = features.districtPoints.get(f.properties.district);
    return position ? [{ position, text: f.properties.name_zh }] : [];
  });
  cache.set(subSector, { shapes, shapesOut, labels });
  return { shapes: shapesOut, labels };
}

/** A unit's fill: its city's role colour, translucent so the city's colour and outline show through. */
export const placeFillColor = (f: PlaceShape): RGBA => placeFill(f.properties.role);

const characters = new WeakMap<Features['districtNames'], string[]>();
/** Every character of every district name: the label atlas is drawn once and never empty. */
function nameCharacters(names: Features['districtNames']): string[] {
  let set = characters.get(names);
  if (!set) characters.set(names, (set = [...new Set([...names.values()].flatMap((n) => [...n]))].sort()));
  return set;
}

/** The chosen sub-sector's districts and counties: shaded, outlined and named (under the role labels); parks with a point as dots. */
export function subSectorPlaceLayers({ features, subSector, districtShapes }: LayerInput) {
  const { shapes, labels } = subSectorPlaceShapes(districtShapes ?? null, subSector ?? null, features);
  const points = subSectorPlacePoints(subSector ?? null);
  return [
    new GeoJsonLayer<PlaceShapeProps>({
      id: 'sub-sector-places',
      data: shapes,
      visible: shapes.length > 0,
      filled: true,
      stroked: true,
      getFillColor: placeFillColor as never,
      getLineColor: PLACE_LINE,
      getLineWidth: 1.5,
      lineWidthUnits: 'pixels',
      pickable: true, // its tooltip names the district and quotes the item
    }),
    new ScatterplotLayer<PlacePoint>({
      id: 'sub-sector-place-points',
      data: points,
      visible: points.length > 0,
      getPosition: (d) => d.position,
      getFillColor: (d) => placeFill(d.role),
      getLineColor: PLACE_LINE,
      stroked: true,
      getRadius: 6,
      radiusUnits: 'pixels',
      lineWidthUnits: 'pixels',
      getLineWidth: 1.5,
      pickable: false,
    }),
    new TextLayer<PlaceLabel>({
      ...boxedLabels('sub-sector-place-labels', labels),
      getSize: 12,
      getBackgroundColor: [255, 255, 255, 210],
      backgroundPadding: [2, 1],
      getBorderColor: PLACE_LINE,
      getBorderWidth: 1,
      characterSet: nameCharacters(features.districtNames),
    }),
  ];
}
