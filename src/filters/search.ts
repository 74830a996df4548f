import type { Adcode, ClusterId, MetroId, Model, ZoneId } from '../model/index.ts';
import { cityNames, foldNames, foldText, matchesWords, namedNames, projectNames, queryWords } from './text-match.ts';

export type SearchMatch =
  | { kind: 'city'; id: Adcode; label_zh: string; label_en: string }
  | { kind: 'zone'; id: ZoneId; label_zh: string; label_en: string }
  | { kind: 'metro'; id: MetroId; label_zh: string; label_en: string }
  | { kind: 'cluster'; id: ClusterId; label_zh: string; label_en: string }
  | { kind: 'corridor'; id: string; label_zh: string; label_en: string }
  | { kind: 'subSector'; id: string; label_zh: string; label_en: string }
  | { kind: 'project'; id: string; label_zh: string; label_en: string };

/**
 * Cities, clusters and projects that match the query as the `q` filter does (text-match.ts); a name equal
 * to the query first, then names that start with it, then the rest; cities, zones, metropolitan areas,
 * clusters, sub-sectors, corridors and projects in that order within each. Names are matched in Chinese,
 * English and toneless pinyin (full or initials; data/pinyin.json).
 */
export function search(model: Model, query: string, limit = 8): SearchMatch[] {
  const words = queryWords(query);
  if (!words.length) return [];
  const whole = words.join('');
  const scored: { score: number; match: SearchMatch }[] = [];
  const consider = (names: string[], match: SearchMatch) => {
    if (!matchesWords(foldNames(names), words)) return;
    const folded = names.map(foldText);
    const score = folded.includes(whole) ? 0 : folded.some((n) => n.startsWith(whole)) ? 1 : 2;
    scored.push({ score, match });
  };
  for (const c of model.cities) {
    consider(cityNames(c), { kind: 'city', id: c.id, label_zh: c.name_zh, label_en: c.name_en });
  }
  for (const z of model.zones) {
    consider(namedNames(model, z, z.id.replace(/_/g, ' ')), { kind: 'zone', id: z.id, label_zh: z.name_zh, label_en: z.name_en });
  }
  for (const m of model.metros) {
    consider(namedNames(model, m, m.id.replace(/_/g, ' ')), { kind: 'metro', id: m.id, label_zh: m.name_zh, label_en: m.name_en });
  }
  for (const c of model.clusters) {
    consider(namedNames(model, c, c.id.replace(/_/g, ' ')), { kind: 'cluster', id: c.id, label_zh: c.name_zh, label_en: c.name_en });
  }
  for (const s of model.subSectors) {
    consider(namedNames(model, s), { kind: 'subSector', id: s.id, label_zh: s.name_zh, label_en: s.name_en });
  }
  for (const c of model.corridors) {
    consider(namedNames(model, c), { kind: 'corridor', id: c.id, label_zh: c.name_zh, label_en: c.name_en });
  }
  for (const p of model.projects) {
    consider(projectNames(model, p), { kind: 'project', id: p.id, label_zh: p.name_zh, label_en: p.name_en });
  }
  return scored.sort((a, b) => a.score - b.score).slice(0, limit).map((s) => s.match); // stable: data order within a score
}
