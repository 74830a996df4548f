import type { Feature, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { ArealGeometry } from './boundaries.ts';
import type { Adcode, ClusterId, MetroId, ProjectKind, Rank, ZoneId } from './ids.ts';

type RankProps = { [K in `rank_${ClusterId}`]: Rank | null };

/** A city's flat properties: exactly what the map, the table and the export show. */
export type CityProps = {
  city_id: Adcode;
  name_zh: string;
  name_en: string;
  zone: ZoneId;
  metro_area: string;        // metro id(s), comma-joined
  metro_scope: string;       // full | part, in the same order
  roles: string;             // role ids, comma-joined
} & RankProps & {
  core_count: number;        // clusters ranked ★★★
  key_count: number;         // clusters ranked ★★
  general_count: number;     // clusters ranked ★
  cluster_count: number;     // clusters with any rank
};

export type ZoneProps = {
  zone: ZoneId;
  name_zh: string;
  name_en: string;
  short_zh: string;
  city_count: number;
  city_ids: string;          // adcodes, comma-joined
  direction_zh: string;
  direction_en: string;
  source_doc: string;
  source_section: string;
  source_quote: string;
};

export type MetroProps = {
  metro: MetroId;
  name_zh: string;
  name_en: string;
  center: string | null;     // adcode of the centre city
  full_members: string;      // adcodes, comma-joined
  part_members: string;      // adcodes, comma-joined
  focus_zh: string;
  focus_en: string;
  source_doc: string;
  source_section: string;
  source_quote: string;
};

export type ProjectProps = {
  project_id: string;
  name_zh: string;
  name_en: string;
  kind: ProjectKind;
  clusters: string;
  cities: string;
  city_names_zh: string;
  site: string | null;
  location_precision: string; // site | district | city
  place_basis: 'text' | 'public'; // public: the documents give no place, public sources do (位置据公开资料)
  source_count: number;      // how many passages name it
  source_docs: string;       // document ids, comma-joined
  source_doc: string;        // the first source
  source_section: string;
  source_quote: string;
};

/** Project columns in export order (also the header of an empty projects CSV). */
export const PROJECT_COLUMNS = [
  'project_id', 'name_zh', 'name_en', 'kind', 'clusters', 'cities', 'city_names_zh', 'site',
  'location_precision', 'place_basis', 'source_count', 'source_docs', 'source_doc', 'source_section', 'source_quote',
] as const satisfies readonly (keyof ProjectProps)[];

export type CorridorProps = {
  corridor_id: string;
  name_zh: string;
  name_en: string;
  kind: string;              // industrial_belt | development_belt | innovation_corridor | economic_belt | transport_axis | tourism_belt
  cities: string;            // adcodes in order along the axis, comma-joined
  city_names_zh: string;
  districts: string;         // county-level adcodes where named, comma-joined
  clusters: string;          // cluster ids, comma-joined (only where the text ties it to one)
  geometry_mode: string;     // line | band | area
  placement: string;         // text | name | plan | public (public = 位置据公开资料)
  outside_zh: string;        // where it continues beyond Guangdong
  source_count: number;
  source_docs: string;       // every document naming it, comma-joined
  source_doc: string;        // the first source
  source_section: string;
  source_quote: string;
};

/** Corridor columns in export order. */
export const CORRIDOR_COLUMNS = [
  'corridor_id', 'name_zh', 'name_en', 'kind', 'cities', 'city_names_zh', 'districts', 'clusters', 'geometry_mode',
  'placement', 'outside_zh', 'source_count', 'source_docs', 'source_doc', 'source_section', 'source_quote',
] as const satisfies readonly (keyof CorridorProps)[];

/** A district, town or park a sub-sector's 专栏 item names inside a city (sub-sectors.json `places`). */
export type SubSectorPlaceProps = {
  place_id: string;          // <sub_sector_id>/<city_id>/<place_zh>
  sub_sector_id: string;
  sub_sector_zh: string;
  sub_sector_en: string;
  cluster: string;
  city_id: string;
  city_name_zh: string;
  role: string;              // the city's role in the item: core | base | support | supporting | named
  place_zh: string;          // as the text writes it
  place_kind: string;        // district | county | county_city | town | park | zone
  district: string | null;   // county-level adcode the place is drawn as
  district_name_zh: string | null;
  location_precision: string; // district (the unit's interior point) | city (no location in the text: the city's label point)
  note: string | null;
  source_doc: string;
  source_section: string;
  source_quote: string;
};

/** Sub-sector place columns in export order. */
export const SUB_SECTOR_PLACE_COLUMNS = [
  'place_id', 'sub_sector_id', 'sub_sector_zh', 'sub_sector_en', 'cluster', 'city_id', 'city_name_zh', 'role', 'place_zh',
  'place_kind', 'district', 'district_name_zh', 'location_precision', 'note', 'source_doc', 'source_section', 'source_quote',
] as const satisfies readonly (keyof SubSectorPlaceProps)[];

export type CityFeature = Feature<ArealGeometry, CityProps> & { id: Adcode };
export type ZoneFeature = Feature<ArealGeometry, ZoneProps> & { id: ZoneId };
export type MetroFeature = Feature<ArealGeometry, MetroProps> & { id: MetroId };
export type ProjectFeature = Feature<Point | LineString, ProjectProps> & { id: string };
export type CorridorFeature = Feature<LineString | Polygon | MultiPolygon, CorridorProps> & { id: string };
export type SubSectorPlaceFeature = Feature<Point, SubSectorPlaceProps> & { id: string };

/** A FeatureCollection whose features keep their precise type. */
export interface Collection<F> { type: 'FeatureCollection'; features: F[] }

/** The joined collections, built once; every consumer shares these references. */
export interface Features {
  cities: Collection<CityFeature>;
  zones: Collection<ZoneFeature>;
  metros: Collection<MetroFeature>;
  projects: Collection<ProjectFeature>;
  corridors: Collection<CorridorFeature>;
  /** The places inside cities that sub-sectors name, as points (district interior point, else the city's). */
  subSectorPlaces: Collection<SubSectorPlaceFeature>;
  /** A representative point inside each city (pole of inaccessibility) for labels and CSV. */
  cityPoints: Map<Adcode, [number, number]>;
  zonePoints: Map<ZoneId, [number, number]>;
  /** Each project's marker point (for a line, its own location rather than a stop). */
  projectPoints: Map<string, [number, number]>;
  /** County-level names by adcode (geo/output/districts.geojson), for panels that list districts. */
  districtNames: Map<string, string>;
  /** County-level interior points by adcode (geo/output/districts.geojson), for district labels. */
  districtPoints: Map<string, [number, number]>;
  /** A point on each corridor (its middle place) for CSV and labels. */
  corridorPoints: Map<string, [number, number]>;
}
