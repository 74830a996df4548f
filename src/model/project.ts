import { z } from 'zod';
import { Adcode, ClusterId, ProjectKind } from './ids.ts';
import { SourceRef } from './source.ts';

/** A named project, park or platform. The projects layer fills data/projects.json. */
export const Project = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9_.-]*$/),
  name_zh: z.string().min(1),
  name_en: z.string().min(1),
  kind: ProjectKind,
  clusters: z.array(ClusterId),
  cities: z.array(Adcode).min(1),
  site: z.string().nullable(),
  location: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
  location_precision: z.enum(['site', 'district', 'city']),
  sources: z.array(SourceRef).min(1),
});
export type Project = z.infer<typeof Project>;
