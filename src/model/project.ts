import { z } from 'zod';
import { Adcode, ClusterId, ProjectKind } from './ids.ts';
import { SourceRef } from './source.ts';

/** WGS84 [lon, lat], limited to a box around Guangdong so a swapped pair fails loudly. */
export const LonLat = z.tuple([z.number().min(109).max(118), z.number().min(20).max(26)]);

/** A county-level adcode (区/县/县级市), or a prefecture adcode where a stop is a whole city. */
export const PlaceCode = z.string().regex(/^44\d{4}$/, 'a 6-digit Guangdong adcode');

/**
 * Where a project goes and how that was worked out:
 * `site` — coordinates of a known site, with the basis for them;
 * `district` — the district's interior point from geo/output/districts.json;
 * `city` — the first city's label point, spread so co-located projects do not stack.
 */
export const ProjectLocation = z.discriminatedUnion('precision', [
  z.strictObject({ precision: z.literal('site'), point: LonLat, basis: z.string().min(3) }),
  z.strictObject({ precision: z.literal('district'), district: PlaceCode }),
  z.strictObject({ precision: z.literal('city') }),
]);
export type ProjectLocation = z.infer<typeof ProjectLocation>;
const LOCATION_PRECISIONS = ['site', 'district', 'city'] as const;
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];

/** A named project, park, platform or piece of infrastructure the plans place in a city. */
export const Project = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9_.-]*$/),
  name_zh: z.string().min(1),
  name_en: z.string().min(1),
  kind: ProjectKind,
  clusters: z.array(ClusterId),
  cities: z.array(Adcode).min(1),
  site: z.string().nullable(), // the district, park or site the text names
  location: ProjectLocation,
  line: z.array(PlaceCode).min(2).nullable(), // stops of linear infrastructure, in order, where the text gives them
  sources: z.array(SourceRef).min(1),
  place_basis: z.literal('public').optional(), // the documents give no (or a vaguer) place: it comes from public sources, said in `note`
  note: z.string().optional(), // ambiguity in the text, recorded rather than resolved
});
export type Project = z.infer<typeof Project>;
