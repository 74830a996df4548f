import { z } from 'zod';
import { DocId } from './ids.ts';

const QUOTE_MAX = 80;

/** Where a fact comes from: document, section heading, and a short verbatim quote. */
export const SourceRef = z.strictObject({
  doc: DocId,
  section: z.string().min(1),
  quote: z.string().min(2).max(QUOTE_MAX),
});
export type SourceRef = z.infer<typeof SourceRef>;

/** One planning document the data cites (the project never copies the documents). */
export const Document = z.strictObject({
  id: DocId,
  file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/), // the seed copy the quotes are checked against
  title_zh: z.string().min(1),
  title_en: z.string().min(1),
  issuer_zh: z.string().min(1),
  number: z.string().nullable(), // 文号, where the copy shows one
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  url: z.url().nullable(),
  note: z.string().optional(),
});
export type Document = z.infer<typeof Document>;
