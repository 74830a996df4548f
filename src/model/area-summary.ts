import { PROJECT_KINDS, RANKS, type Adcode, type ProjectKind, type Rank } from './ids.ts';
import type { Model } from './model.ts';
import type { Project } from './project.ts';

/** What a zone or metropolitan area holds, for its panel: ranks across clusters, and its projects. */
export interface AreaSummary {
  ranks: Record<Rank, number>;           // member cities' ★★★ / ★★ / ★ cells, summed over the 20 clusters
  clusters: Record<Rank, number>;        // clusters in which at least one member city holds that rank (as its best)
  projects: Project[];                   // projects naming at least one member city, in data order
  byKind: [ProjectKind, number][];       // those projects by kind, most first (ties in kind order), none left out
}

/** The ranks summary and the projects of a group of cities (a zone's members, a metropolitan area's). */
export function areaSummary(model: Model, cityIds: readonly Adcode[]): AreaSummary {
  const members = new Set<string>(cityIds);
  const ranks = { core: 0, key: 0, general: 0 } as Record<Rank, number>;
  const clusters = { core: 0, key: 0, general: 0 } as Record<Rank, number>;
  for (const row of model.ranks) {
    let best: Rank | null = null;
    for (const id of cityIds) {
      const rank = row.ranks[id] ?? null;
      if (!rank) continue;
      ranks[rank]++;
      if (best === null || RANKS.indexOf(rank) < RANKS.indexOf(best)) best = rank;
    }
    if (best) clusters[best]++;
  }
  const projects = model.projects.filter((p) => p.cities.some((c) => members.has(c)));
  const tally = new Map<ProjectKind, number>();
  for (const p of projects) tally.set(p.kind, (tally.get(p.kind) ?? 0) + 1);
  const byKind = PROJECT_KINDS.filter((k) => tally.has(k)).map((k) => [k, tally.get(k)!] as [ProjectKind, number])
    .sort((a, b) => b[1] - a[1] || PROJECT_KINDS.indexOf(a[0]) - PROJECT_KINDS.indexOf(b[0]));
  return { ranks, clusters, projects, byKind };
}

/** The member cities of a zone, or of a metropolitan area with whether only its urban part belongs. */
export function areaCities(model: Model, area: { zone: string } | { metro: string }): { id: Adcode; part: boolean }[] {
  if ('zone' in area) return model.cities.filter((c) => c.zone === area.zone).map((c) => ({ id: c.id, part: false }));
  return model.cities.flatMap((c) => {
    const m = c.metro.find((x) => x.id === area.metro);
    return m ? [{ id: c.id, part: m.scope === 'part' }] : [];
  });
}
