import { z } from 'zod';
import { Adcode, ClusterId, SubSectorRole } from './ids.ts';
import { LonLat, PlaceCode } from './project.ts';
import { SourceRef } from './source.ts';

/** A city the 专栏 text names for a sub-sector, with the role word it uses. */
export const SubSectorCity = z.strictObject({
  city: Adcode,
  role: SubSectorRole,
  role_zh: z.string().min(1),
  source: SourceRef,
});
export type SubSectorCity = z.infer<typeof SubSectorCity>;

/** How a place inside a city is written: 区, 县, 县级市, 镇, or a park/base (园区, 基地, 小镇) or zone (开发区, 高新区, 集聚区). */
export const SubSectorPlaceKind = z.enum(['district', 'county', 'county_city', 'town', 'park', 'zone']);
export type SubSectorPlaceKind = z.infer<typeof SubSectorPlaceKind>;
export const COUNTY_LEVEL_KINDS: readonly SubSectorPlaceKind[] = ['district', 'county', 'county_city'];

/**
 * A district, county, town, park or zone inside a city that a 专栏 item names (e.g. 广州以花都区…为核心).
 * `district` — the county-level unit (geo/output/districts.geojson) the place is, or the text places it in,
 * drawn as that unit's outline; `place` — a point, only where a document gives one (none do yet); with
 * neither, the place is listed but not drawn and `note` says why.
 */
export const SubSectorPlace = z.strictObject({
  city: Adcode,
  name_zh: z.string().min(1), // as written in the quote
  kind: SubSectorPlaceKind,
  district: PlaceCode.nullable(),
  place: LonLat.nullable(),
  source: SourceRef,
  note: z.string().min(1).optional(),
});
export type SubSectorPlace = z.infer<typeof SubSectorPlace>;

/** A 重点细分领域 of a cluster (专栏1–20 of the manufacturing plan). */
export const SubSector = z.strictObject({
  id: z.string().regex(/^[a-z_]+\.[a-z0-9_]+$/),
  cluster: ClusterId,
  number: z.number().int().min(1),
  name_zh: z.string().min(1),
  name_en: z.string().min(1),
  source: SourceRef,
  cities: z.array(SubSectorCity),
  regions_zh: z.array(z.string().min(1)).optional(),
  places: z.array(SubSectorPlace).optional(), // places inside the named cities, where the item names them
  note: z.string().optional(),
});
export type SubSector = z.infer<typeof SubSector>;
