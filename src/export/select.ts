import type { Feature, Geometry } from 'geojson';
import type { Visible } from '../filters/apply.ts';
import type { Features } from '../model/index.ts';

export const EXPORT_LAYERS = ['cities', 'zones', 'metro', 'projects'] as const;
export type ExportLayer = (typeof EXPORT_LAYERS)[number];

type FlatFeature = Feature<Geometry, Record<string, string | number | null>> & { id: string };

/** The features of one layer that the filters leave visible, in data order, with a point for CSV. */
export function selectFeatures(features: Features, visible: Visible, layer: ExportLayer):
  { feature: FlatFeature; point: [number, number] | null }[] {
  switch (layer) {
    case 'cities':
      return features.cities.features.filter((f) => visible.cityIds.has(f.id))
        .map((f) => ({ feature: f as unknown as FlatFeature, point: features.cityPoints.get(f.id) ?? null }));
    case 'zones':
      return features.zones.features.filter((f) => visible.zoneIds.has(f.id))
        .map((f) => ({ feature: f as unknown as FlatFeature, point: features.zonePoints.get(f.id) ?? null }));
    case 'metro':
      return features.metros.features.filter((f) => visible.metroIds.has(f.id)).map((f) => {
        const center = f.properties.center ?? f.properties.full_members.split(',')[0];
        return { feature: f as unknown as FlatFeature, point: features.cityPoints.get(center as never) ?? null };
      });
    case 'projects':
      return features.projects.features.filter((f) => visible.projectIds.has(f.id)).map((f) => ({
        feature: f as unknown as FlatFeature,
        point: features.projectPoints.get(f.id) ?? null,
      }));
  }
}
