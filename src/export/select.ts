import type { Feature, Geometry } from 'geojson';
import type { Visible } from '../filters/apply.ts';
import type { Features } from '../model/index.ts';

export const EXPORT_LAYERS = ['cities', 'zones', 'metro', 'projects', 'corridors', 'sub-sector-places'] as const;
export type ExportLayer = (typeof EXPORT_LAYERS)[number];

export type FlatFeature = Feature<Geometry, Record<string, string | number | null>> & { id: string };

/** Every joined feature of one layer, in data order (the same array each call). */
export function layerFeatures(features: Features, layer: ExportLayer): readonly FlatFeature[] {
  const list = layer === 'corridors' ? features.corridors.features // built on first use: only read when asked for
    : layer === 'sub-sector-places' ? features.subSectorPlaces.features
    : { cities: features.cities, zones: features.zones, metro: features.metros, projects: features.projects }[layer].features;
  return list as unknown as readonly FlatFeature[];
}

/** Positions in layerFeatures(features, layer) of the features the filters leave visible, ascending. */
export function visibleIndexes(features: Features, visible: Visible, layer: ExportLayer): number[] {
  const out: number[] = [];
  if (layer === 'projects') { // the mask is indexed like the joined projects: no Set of up to 100k ids needed
    const mask = visible.projectMask;
    for (let i = 0; i < mask.length; i++) if (mask[i]) out.push(i);
    return out;
  }
  if (layer === 'sub-sector-places') { // a place shows with its city, within the chosen cluster
    const cluster = visible.filters.cluster;
    features.subSectorPlaces.features.forEach((f, i) => {
      if (visible.cityIds.has(f.properties.city_id as never) && (!cluster || f.properties.cluster === cluster)) out.push(i);
    });
    return out;
  }
  const ids: ReadonlySet<string> = { cities: visible.cityIds, zones: visible.zoneIds, metro: visible.metroIds, corridors: visible.corridorIds }[layer];
  const list = layerFeatures(features, layer);
  for (let i = 0; i < list.length; i++) if (ids.has(list[i]!.id)) out.push(i);
  return out;
}

/** The features of one layer that the filters leave visible, in data order, with a point for CSV. */
export function selectFeatures(features: Features, visible: Visible, layer: ExportLayer):
  { feature: FlatFeature; point: [number, number] | null }[] {
  const list = layerFeatures(features, layer);
  return visibleIndexes(features, visible, layer).map((i) => {
    const feature = list[i]!;
    return { feature, point: pointOf(features, layer, feature) };
  });
}

function pointOf(features: Features, layer: ExportLayer, f: FlatFeature): [number, number] | null {
  switch (layer) {
    case 'cities': return features.cityPoints.get(f.id as never) ?? null;
    case 'zones': return features.zonePoints.get(f.id as never) ?? null;
    case 'metro': {
      const center = f.properties.center ?? String(f.properties.full_members).split(',')[0];
      return features.cityPoints.get(center as never) ?? null;
    }
    case 'projects': return features.projectPoints.get(f.id) ?? null;
    case 'corridors': return features.corridorPoints.get(f.id) ?? null;
    case 'sub-sector-places': return (f.geometry as unknown as { coordinates: [number, number] }).coordinates;
  }
}
