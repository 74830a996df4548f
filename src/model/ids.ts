import { z } from 'zod';
import { ADCODES, ZONE_IDS, METRO_IDS, CLUSTER_IDS, RANKS, CITY_ROLE_IDS, SUB_SECTOR_ROLES, PROJECT_KINDS, DOC_IDS } from './id-lists.ts';

export { ADCODES, ZONE_IDS, METRO_IDS, CLUSTER_IDS, RANKS, CITY_ROLE_IDS, SUB_SECTOR_ROLES, PROJECT_KINDS, DOC_IDS };

export const Adcode = z.enum(ADCODES);
export type Adcode = z.infer<typeof Adcode>;

export const ZoneId = z.enum(ZONE_IDS);
export type ZoneId = z.infer<typeof ZoneId>;

export const MetroId = z.enum(METRO_IDS);
export type MetroId = z.infer<typeof MetroId>;

export const ClusterId = z.enum(CLUSTER_IDS);
export type ClusterId = z.infer<typeof ClusterId>;

export const ClusterGroup = z.enum(['pillar', 'emerging']);
export type ClusterGroup = z.infer<typeof ClusterGroup>;

export const Rank = z.enum(RANKS);
export type Rank = z.infer<typeof Rank>;

export const CityRoleId = z.enum(CITY_ROLE_IDS);
export type CityRoleId = z.infer<typeof CityRoleId>;

export const SubSectorRole = z.enum(SUB_SECTOR_ROLES);
export type SubSectorRole = z.infer<typeof SubSectorRole>;

export const ProjectKind = z.enum(PROJECT_KINDS);
export type ProjectKind = z.infer<typeof ProjectKind>;

export const DocId = z.enum(DOC_IDS);
export type DocId = z.infer<typeof DocId>;
