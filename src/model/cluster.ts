import { z } from 'zod';
import { ClusterGroup, ClusterId } from './ids.ts';
import { SourceRef } from './source.ts';

/** One of the 20 strategic industry clusters (10 pillar, 10 emerging). */
export const Cluster = z.strictObject({
  id: ClusterId,
  number: z.number().int().min(1).max(20),
  group: ClusterGroup,
  name_zh: z.string().min(1),
  name_en: z.string().min(1),
  goal_zh: z.string().min(1).nullable(),
  source: SourceRef,
  goal_source: SourceRef.nullable(),
});
export type Cluster = z.infer<typeof Cluster>;
