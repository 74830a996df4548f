import { z } from 'zod';
import { Adcode, ClusterId, Rank, SubSectorRole } from './ids.ts';
import { SourceRef } from './source.ts';

/** Where the plan's text and its 附件1 table disagree about a city: both sides, both quoted. */
export const Disagreement = z.strictObject({
  id: z.string().min(1),
  city: Adcode,
  cluster: ClusterId,
  kind: z.enum(['text_vs_table', 'map_list_vs_table']),
  table_rank: Rank.nullable(),
  text_role: SubSectorRole,
  summary_zh: z.string().min(1),
  summary_en: z.string().min(1),
  table_source: SourceRef,
  text_source: SourceRef,
});
export type Disagreement = z.infer<typeof Disagreement>;
