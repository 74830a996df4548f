import { z } from 'zod';
import { ZoneId } from './ids.ts';
import { SourceRef } from './source.ts';

/** One of "一核一带一区" with its development direction in the plan's words. */
export const Zone = z.strictObject({
  id: ZoneId,
  name_zh: z.string().min(1),
  name_en: z.string().min(1),
  short_zh: z.string().min(1),
  direction_zh: z.string().min(1),
  direction_en: z.string().min(1),
  source: SourceRef,
});
export type Zone = z.infer<typeof Zone>;
