import type { FeatureCollection, Point } from 'geojson';
import type { Features, Model } from '../model/index.ts';

/** City label points for the basemap, named in both languages. */
export function cityLabels(model: Model, features: Features): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: model.cities.flatMap((city) => {
      const point = features.cityPoints.get(city.id);
      return point ? [{
        type: 'Feature' as const, id: Number(city.id),
        geometry: { type: 'Point' as const, coordinates: point },
        properties: { adcode: city.id, label_zh: city.short_zh, label_en: city.name_en },
      }] : [];
    }),
  };
}
