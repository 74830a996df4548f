import type { City, Model, Project } from '../model/index.ts';

// One definition of "the text matches", shared by the search box, the `q` filter (page and CLI) and the
// import's city lookup: every word of the query occurs in one of the record's names, compared folded.

const MARKS = /\p{M}/gu;                 // tone marks and other combining marks (after NFKD)
const SEPARATORS = /[\p{P}\p{Z}\s]+/gu;  // spaces, hyphens and dashes, apostrophes, middle dots, brackets…

/** Text as it is compared: full-width → ASCII (NFKD), lower case, no tone marks, no spaces or punctuation. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(SEPARATORS, '');
}

/** The words of a query, each folded (split at spaces and punctuation); empty when nothing is left. */
export function queryWords(query: string): string[] {
  return query.normalize('NFKD').replace(MARKS, '').toLowerCase().split(SEPARATORS).filter(Boolean);
}

/** Whether every word occurs in the folded text (names folded one by one and joined by "\n", which no word holds). */
export const matchesWords = (folded: string, words: readonly string[]): boolean => words.every((w) => folded.includes(w));

/** Names folded and joined, for matchesWords. */
export const foldNames = (names: readonly (string | null | undefined)[]): string => names.map((n) => foldText(n ?? '')).join('\n');

/** The names a city is found by: Chinese, short Chinese, English, pinyin and its adcode. */
export const cityNames = (c: City): string[] => [c.name_zh, c.short_zh, c.name_en, c.pinyin, c.id];

/** The toneless pinyin of a Chinese name of the plan, full and initials (data/pinyin.json); none for a name it lacks. */
export const pinyinOf = (model: Pick<Model, 'pinyin'>, zh: string): readonly string[] => model.pinyin?.[zh] ?? [];

/** The names a named record (zone, metro area, cluster, sub-sector, corridor) is found by: Chinese, English, pinyin, and any extra. */
export const namedNames = (model: Pick<Model, 'pinyin'>, x: { name_zh: string; name_en: string }, ...extra: string[]): string[] =>
  [x.name_zh, x.name_en, ...pinyinOf(model, x.name_zh), ...extra];

/** The names a project is found by: its own (Chinese, English, pinyin, site) and those of the cities it lies in. */
export function projectNames(model: Model, p: Project): string[] {
  const names = [p.name_zh, p.name_en, ...pinyinOf(model, p.name_zh), p.site ?? ''];
  for (const id of p.cities) {
    const city = model.cities.find((c) => c.id === id);
    if (city) names.push(city.name_zh, city.name_en, city.pinyin);
  }
  return names;
}
