import { z } from 'zod';
import { Adcode, MetroId } from './ids.ts';
import { SourceRef } from './source.ts';

/** One of 专栏12's five metropolitan areas (五大都市圈). */
export const MetroArea = z.strictObject({
  id: MetroId,
  name_zh: z.string().min(1),
  name_en: z.string().min(1),
  center: Adcode.nullable(),
  focus_zh: z.string().min(1),
  focus_en: z.string().min(1),
  source: SourceRef,
  focus_source: SourceRef,
});
export type MetroArea = z.infer<typeof MetroArea>;
