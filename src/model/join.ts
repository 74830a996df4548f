import { joinSubSectorPlaces } from './join-places.ts';
import type { ArealGeometry, Boundaries } from './boundaries.ts';
import type {
  CityFeature, CityProps, Features, MetroFeature, ProjectFeature, ZoneFeature,
} from './features.ts';
import { CLUSTER_IDS, type Adcode, type ClusterId, type Rank, type ZoneId } from './ids.ts';
import type { Model } from './model.ts';
import { joinCorridors } from './join-corridors.ts';
import { placeProjects } from './place-projects.ts';
import type { SourceRef } from './source.ts';

const sourceProps = (s: SourceRef) => ({ source_doc: s.doc, source_section: s.section, source_quote: s.quote });

/** The rank of a city in a cluster per 附件1, or null. */
export function rankOf(model: Model, city: Adcode, cluster: ClusterId): Rank | null {
  return model.ranks.find((r) => r.cluster === cluster)?.ranks[city] ?? null;
}

function cityProps(model: Model, cityIndex: number): CityProps {
  const city = model.cities[cityIndex]!;
  const ranks = Object.fromEntries(
    CLUSTER_IDS.map((c) => [`rank_${c}`, rankOf(model, city.id, c)]),
  ) as Pick<CityProps, `rank_${ClusterId}`>;
  const all = Object.values(ranks);
  const count = (rank: Rank) => all.filter((r) => r === rank).length;
  return {
    city_id: city.id,
    name_zh: city.name_zh,
    name_en: city.name_en,
    zone: city.zone,
    metro_area: city.metro.map((m) => m.id).join(','),
    metro_scope: city.metro.map((m) => m.scope).join(','),
    roles: city.roles.map((r) => r.role).join(','),
    ...ranks,
    core_count: count('core'),
    key_count: count('key'),
    general_count: count('general'),
    cluster_count: all.filter((r) => r !== null).length,
  };
}

/** Joins the model with the boundaries into flat-property features (the export format). */
export function joinFeatures(model: Model, boundaries: Boundaries): Features {
  const cityGeometry = new Map(boundaries.cities.features.map((f) => [f.id, f.geometry]));
  const cities: CityFeature[] = model.cities.map((city, i) => ({
    type: 'Feature', id: city.id, geometry: required(cityGeometry.get(city.id), `city ${city.id}`),
    properties: cityProps(model, i),
  }));
  const zoneGeometry = new Map(boundaries.zones.features.map((f) => [f.id, f.geometry]));
  const zones: ZoneFeature[] = model.zones.map((zone) => {
    const members = model.cities.filter((c) => c.zone === zone.id).map((c) => c.id);
    return {
      type: 'Feature', id: zone.id, geometry: required(zoneGeometry.get(zone.id), `zone ${zone.id}`),
      properties: {
        zone: zone.id, name_zh: zone.name_zh, name_en: zone.name_en, short_zh: zone.short_zh,
        city_count: members.length, city_ids: members.join(','),
        direction_zh: zone.direction_zh, direction_en: zone.direction_en, ...sourceProps(zone.source),
      },
    };
  });
  const metroGeometry = new Map(boundaries.metros.features.map((f) => [f.id, f.geometry]));
  const metros: MetroFeature[] = model.metros.map((metro) => {
    const members = (scope: 'full' | 'part') => model.cities
      .filter((c) => c.metro.some((m) => m.id === metro.id && m.scope === scope)).map((c) => c.id).join(',');
    return {
      type: 'Feature', id: metro.id, geometry: required(metroGeometry.get(metro.id), `metro ${metro.id}`),
      properties: {
        metro: metro.id, name_zh: metro.name_zh, name_en: metro.name_en, center: metro.center,
        full_members: members('full'), part_members: members('part'),
        focus_zh: metro.focus_zh, focus_en: metro.focus_en, ...sourceProps(metro.source),
      },
    };
  });
  const cityPoints = new Map<Adcode, [number, number]>();
  const zonePoints = new Map<ZoneId, [number, number]>();
  for (const label of boundaries.labels.features) {
    const [lon, lat] = label.geometry.coordinates;
    if ('adcode' in label.properties) cityPoints.set(label.properties.adcode, [lon, lat]);
    else zonePoints.set(label.properties.zone, [lon, lat]);
  }
  const districtPoints = new Map(boundaries.districts.features.map((f) => [f.id, f.geometry.coordinates]));
  const placements = placeProjects(model.projects, {
    cityPoints,
    districtPoints,
    cityShapes: cityGeometry as Map<Adcode, ArealGeometry>,
  });
  const nameOf = new Map(model.cities.map((c) => [c.id, c.name_zh]));
  const projects: ProjectFeature[] = model.projects.map((p) => {
    const { point, line } = placements.get(p.id)!;
    const first = p.sources[0]!;
    return {
      type: 'Feature', id: p.id,
      geometry: line ? { type: 'LineString', coordinates: line } : { type: 'Point', coordinates: point },
      properties: {
        project_id: p.id, name_zh: p.name_zh, name_en: p.name_en, kind: p.kind,
        clusters: p.clusters.join(','), cities: p.cities.join(','),
        city_names_zh: p.cities.map((c) => nameOf.get(c) ?? c).join(','), site: p.site,
        location_precision: p.location.precision, place_basis: p.place_basis ?? 'text',
        source_count: p.sources.length, source_docs: [...new Set(p.sources.map((s) => s.doc))].join(','),
        ...sourceProps(first),
      },
    };
  });
  const districtNames = new Map(boundaries.districts.features.map((f) => [f.id, f.properties.name_zh]));
  // corridors' bands and hulls take a few hundred ms to build: built on first use (then kept, so references stay stable)
  let corridors: ReturnType<typeof joinCorridors> | undefined;
  const corridorsOf = () => (corridors ??= joinCorridors(model, cityPoints, districtPoints));
  let corridorCollection: Features['corridors'] | undefined;
  return {
    cities: { type: 'FeatureCollection', features: cities },
    zones: { type: 'FeatureCollection', features: zones },
    metros: { type: 'FeatureCollection', features: metros },
    projects: { type: 'FeatureCollection', features: projects },
    get corridors() { return (corridorCollection ??= { type: 'FeatureCollection', features: corridorsOf().corridors }); },
    get corridorPoints() { return corridorsOf().corridorPoints; },
    cityPoints, zonePoints,
    districtNames,
    districtPoints: districtPoints as Map<string, [number, number]>,
    subSectorPlaces: { type: 'FeatureCollection', features: joinSubSectorPlaces(model, cityPoints, districtPoints as Map<string, [number, number]>, districtNames) },
    projectPoints: new Map([...placements].map(([id, placement]) => [id, placement.point])),
  };
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`boundaries: no geometry for ${what}`);
  return value;
}
