import type { City } from './city.ts';
import type { Cluster } from './cluster.ts';
import type { Corridor } from './corridor.ts';
import type { Disagreement } from './disagreement.ts';
import type { MetroArea } from './metro.ts';
import type { Project } from './project.ts';
import type { RankRow } from './rank.ts';
import type { Document } from './source.ts';
import type { SubSector } from './sub-sector.ts';
import type { Zone } from './zone.ts';

/** What the plan says, validated: the single input to join, filters, layers and export. */
export interface Model {
  version: string; // content hash of the data files
  sources: Document[];
  cities: City[];
  zones: Zone[];
  metros: MetroArea[];
  clusters: Cluster[];
  ranks: RankRow[];
  subSectors: SubSector[];
  disagreements: Disagreement[];
  projects: Project[];
  corridors: Corridor[];
  pinyin?: Record<string, [string, string]>; // Chinese name → [full pinyin, initials] (data/pinyin.json, generated)
}
