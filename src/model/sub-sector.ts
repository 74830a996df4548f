import { z } from 'zod';
import { Adcode, ClusterId, SubSectorRole } from './ids.ts';
import { SourceRef } from './source.ts';

/** A city the 专栏 text names for a sub-sector, with the role word it uses. */
export const SubSectorCity = z.strictObject({
  city: Adcode,
  role: SubSectorRole,
  role_zh: z.string().min(1),
  source: SourceRef,
});
export type SubSectorCity = z.infer<typeof SubSectorCity>;

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
  note: z.string().optional(),
});
export type SubSector = z.infer<typeof SubSector>;
