import { z } from 'zod';

/** The 21 prefecture-level cities of Guangdong, by 6-digit administrative code. */
export const ADCODES = [
  '440100', '440200', '440300', '440400', '440500', '440600', '440700',
  '440800', '440900', '441200', '441300', '441400', '441500', '441600',
  '441700', '441800', '441900', '442000', '445100', '445200', '445300',
] as const;
export const Adcode = z.enum(ADCODES);
export type Adcode = z.infer<typeof Adcode>;

/** "一核一带一区": the core, the coastal belt's two wings, the northern zone. */
export const ZONE_IDS = ['prd', 'east_wing', 'west_wing', 'north'] as const;
export const ZoneId = z.enum(ZONE_IDS);
export type ZoneId = z.infer<typeof ZoneId>;

/** 专栏12 五大都市圈. */
export const METRO_IDS = [
  'guangzhou', 'shenzhen', 'pearl_west', 'shantou_chaozhou_jieyang', 'zhanjiang_maoming',
] as const;
export const MetroId = z.enum(METRO_IDS);
export type MetroId = z.infer<typeof MetroId>;

/** The 20 strategic clusters in the manufacturing plan's order (10 pillar, then 10 emerging). */
export const CLUSTER_IDS = [
  'electronics', 'petrochemicals', 'smart_appliances', 'automotive', 'advanced_materials',
  'light_industry_textiles', 'software_it', 'uhd_display', 'biomedicine', 'agri_food',
  'semiconductors', 'high_end_equipment', 'robotics', 'blockchain_quantum', 'frontier_materials',
  'new_energy', 'laser_additive', 'digital_creative', 'safety_environment', 'precision_instruments',
] as const;
export const ClusterId = z.enum(CLUSTER_IDS);
export type ClusterId = z.infer<typeof ClusterId>;

export const ClusterGroup = z.enum(['pillar', 'emerging']);
export type ClusterGroup = z.infer<typeof ClusterGroup>;

/** 附件1: ★★★ core 核心, ★★ key 重点, ★ general 一般 (highest first). */
export const RANKS = ['core', 'key', 'general'] as const;
export const Rank = z.enum(RANKS);
export type Rank = z.infer<typeof Rank>;

export const CITY_ROLE_IDS = [
  'dual_core', 'provincial_sub_center', 'pearl_west_core', 'national_central_city',
  'special_economic_zone', 'metro_center',
] as const;
export const CityRoleId = z.enum(CITY_ROLE_IDS);
export type CityRoleId = z.infer<typeof CityRoleId>;

/** How a 专栏 names a city for a sub-sector. */
export const SUB_SECTOR_ROLES = ['core', 'base', 'support', 'supporting', 'named'] as const;
export const SubSectorRole = z.enum(SUB_SECTOR_ROLES);
export type SubSectorRole = z.infer<typeof SubSectorRole>;

export const PROJECT_KINDS = [
  'industrial_project', 'industrial_park', 'innovation_platform', 'transport', 'energy',
  'water', 'ecology', 'other',
] as const;
export const ProjectKind = z.enum(PROJECT_KINDS);
export type ProjectKind = z.infer<typeof ProjectKind>;

export const DOC_IDS = [
  'gd-fyp-summary', 'gd-fyp', 'gz-fyp', 'gd-hq-opinions-2023', 'gd-manufacturing-fyp',
] as const;
export const DocId = z.enum(DOC_IDS);
export type DocId = z.infer<typeof DocId>;
