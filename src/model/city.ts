import { z } from 'zod';
import { Adcode, CityRoleId, MetroId, ZoneId } from './ids.ts';
import { SourceRef } from './source.ts';

export const MetroScope = z.enum(['full', 'part']);
export type MetroScope = z.infer<typeof MetroScope>;

/** A city's membership of a 专栏12 metropolitan area: whole city (全域) or its 都市区 part. */
export const MetroMembership = z.strictObject({
  id: MetroId,
  scope: MetroScope,
  source: SourceRef,
});
export type MetroMembership = z.infer<typeof MetroMembership>;

/** A role the plans give a city, e.g. 双核 or 省域副中心城市. */
export const CityRole = z.strictObject({
  role: CityRoleId,
  label_zh: z.string().min(1),
  source: SourceRef,
});
export type CityRole = z.infer<typeof CityRole>;

export const City = z.strictObject({
  id: Adcode,
  name_zh: z.string().min(2),
  short_zh: z.string().min(1),
  name_en: z.string().min(1),
  pinyin: z.string().regex(/^[a-z]+$/),
  zone: ZoneId,
  zone_source: SourceRef,
  metro: z.array(MetroMembership),
  roles: z.array(CityRole),
});
export type City = z.infer<typeof City>;
