import { z } from 'zod';

// data/pinyin.json: the toneless pinyin of the plan's Chinese names (projects, clusters, sub-sectors, zones,
// metropolitan areas, corridors), written by `npm run pinyin` (build/pinyin-names.ts, pinyin-pro) so that
// neither the page nor the CLI carries a pinyin library; a unit test regenerates it and compares.

/** Chinese name → [full pinyin, initials], both lower case, no tones, no spaces. */
export const PinyinNames = z.strictObject({
  generator: z.string().min(1), // how the file was written (tool and version)
  names: z.record(z.string().min(1), z.tuple([z.string().regex(/^[a-z0-9]*$/), z.string().regex(/^[a-z0-9]*$/)])),
});
export type PinyinNames = z.infer<typeof PinyinNames>;

/** The Chinese names data/pinyin.json covers, in data order, without repeats. */
export function pinyinSubjects(model: {
  projects: readonly { name_zh: string }[]; clusters: readonly { name_zh: string }[]; subSectors: readonly { name_zh: string }[];
  zones: readonly { name_zh: string }[]; metros: readonly { name_zh: string }[]; corridors: readonly { name_zh: string }[];
}): string[] {
  const lists = [model.zones, model.metros, model.clusters, model.subSectors, model.corridors, model.projects];
  return [...new Set(lists.flatMap((list) => list.map((x) => x.name_zh)))];
}
