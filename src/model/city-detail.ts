import type { City, CityRole, MetroScope } from './city.ts';
import type { Cluster } from './cluster.ts';
import type { Corridor } from './corridor.ts';
import type { Disagreement } from './disagreement.ts';
import type { Adcode, Rank } from './ids.ts';
import type { MetroArea } from './metro.ts';
import type { Model } from './model.ts';
import type { Project } from './project.ts';
import type { SourceRef } from './source.ts';
import type { SubSector, SubSectorCity } from './sub-sector.ts';
import type { Zone } from './zone.ts';

export interface CityDetail {
  city: City;
  zone: Zone;
  metros: { metro: MetroArea; scope: MetroScope; source: SourceRef }[];
  roles: CityRole[];
  ranks: { cluster: Cluster; rank: Rank | null; source: SourceRef }[]; // all 20, plan order
  counts: { core: number; key: number; general: number; ranked: number };
  subSectors: { subSector: SubSector; mention: SubSectorCity }[];
  disagreements: Disagreement[];
  projects: Project[]; // named in or passing through the city, by kind then name
  corridors: Corridor[]; // axes and belts that run through the city, in data order
}

/** Everything the plan says about one city, gathered for the detail panel and tooltips. */
export function cityDetail(model: Model, id: Adcode): CityDetail {
  const city = model.cities.find((c) => c.id === id)!;
  const ranks = model.clusters.map((cluster) => {
    const row = model.ranks.find((r) => r.cluster === cluster.id)!;
    return { cluster, rank: row.ranks[id] ?? null, source: row.source };
  });
  const count = (rank: Rank) => ranks.filter((r) => r.rank === rank).length;
  return {
    city,
    zone: model.zones.find((z) => z.id === city.zone)!,
    metros: city.metro.map((m) => ({ metro: model.metros.find((x) => x.id === m.id)!, scope: m.scope, source: m.source })),
    roles: city.roles,
    ranks,
    counts: { core: count('core'), key: count('key'), general: count('general'), ranked: ranks.filter((r) => r.rank).length },
    subSectors: model.subSectors.flatMap((subSector) =>
      subSector.cities.filter((m) => m.city === id).map((mention) => ({ subSector, mention }))),
    disagreements: model.disagreements.filter((d) => d.city === id),
    projects: model.projects.filter((p) => p.cities.includes(id))
      .sort((a, b) => a.kind.localeCompare(b.kind) || a.name_zh.localeCompare(b.name_zh, 'zh')),
    corridors: model.corridors.filter((c) => c.cities.includes(id)),
  };
}
