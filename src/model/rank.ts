import { z } from 'zod';
import { Adcode, ClusterId, Rank } from './ids.ts';
import { SourceRef } from './source.ts';

/** 附件1 marks as written in data/ranks.csv (the emerging table's ★★★★ is transcribed as ★★★). */
const STARS_TO_RANK = { '★★★': 'core', '★★': 'key', '★': 'general', '': null } as const;
export const RANK_STARS: Record<Rank, string> = { core: '★★★', key: '★★', general: '★' };

export const RankCell = z.enum(['★★★', '★★', '★', '']).transform((stars) => STARS_TO_RANK[stars]);

/** One row of 附件1: a cluster's rank in each of the 21 cities. */
export const RankRow = z.strictObject({
  cluster: ClusterId,
  ranks: z.record(Adcode, Rank.nullable()),
  source: SourceRef,
});
export type RankRow = z.infer<typeof RankRow>;
