import type { Adcode, ClusterId, Model } from '../model/index.ts';

export type SearchMatch =
  | { kind: 'city'; id: Adcode; label_zh: string; label_en: string }
  | { kind: 'cluster'; id: ClusterId; label_zh: string; label_en: string }
  | { kind: 'project'; id: string; label_zh: string; label_en: string }
  | { kind: 'corridor'; id: string; label_zh: string; label_en: string };

const fold = (s: string) => s.toLowerCase().normalize('NFKC').replace(/[\s'’-]+/g, '');

/** Cities, clusters and projects whose Chinese, English or pinyin name matches; prefix matches first, then cities before clusters before corridors before projects. */
export function search(model: Model, query: string, limit = 8): SearchMatch[] {
  const q = fold(query);
  if (!q) return [];
  const scored: { score: number; match: SearchMatch }[] = [];
  const consider = (names: string[], match: SearchMatch) => {
    const folded = names.map(fold);
    const score = folded.some((n) => n === q) ? 0 : folded.some((n) => n.startsWith(q)) ? 1 : folded.some((n) => n.includes(q)) ? 2 : -1;
    if (score >= 0) scored.push({ score, match });
  };
  for (const c of model.cities) {
    consider([c.name_zh, c.short_zh, c.name_en, c.pinyin, c.id], { kind: 'city', id: c.id, label_zh: c.name_zh, label_en: c.name_en });
  }
  for (const c of model.clusters) {
    consider([c.name_zh, c.name_en, c.id.replace(/_/g, ' ')], { kind: 'cluster', id: c.id, label_zh: c.name_zh, label_en: c.name_en });
  }
  for (const c of model.corridors) {
    consider([c.name_zh, c.name_en], { kind: 'corridor', id: c.id, label_zh: c.name_zh, label_en: c.name_en });
  }
  for (const p of model.projects) {
    consider([p.name_zh, p.name_en, p.site ?? ''], { kind: 'project', id: p.id, label_zh: p.name_zh, label_en: p.name_en });
  }
  return scored.sort((a, b) => a.score - b.score).slice(0, limit).map((s) => s.match); // stable: data order within a score
}
