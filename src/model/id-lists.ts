// The plan's id lists as plain arrays, without zod: the page's first script parses the URL with them
// (src/filters/query.ts) before zod and the model have loaded. src/model/ids.ts makes them schemas.

/** The 21 prefecture-level cities of Guangdong, by 6-digit administrative code. */
export const ADCODES = [
  '440100', '440200', '440300', '440400', '440500', '440600', '440700',
  '440800', '440900', '441200', '441300', '441400', '441500', '441600',
  '441700', '441800', '441900', '442000', '445100', '445200', '445300',
] as const;

/** "一核一带一区": the core, the coastal belt's two wings, the northern zone. */
export const ZONE_IDS = ['prd', 'east_wing', 'west_wing', 'north'] as const;

/** 专栏12 五大都市圈. */
export const METRO_IDS = [
  'guangzhou', 'shenzhen', 'pearl_west', 'shantou_chaozhou_jieyang', 'zhanjiang_maoming',
] as const;

/** The 20 strategic clusters in the manufacturing plan's order (10 pillar, then 10 emerging). */
export const CLUSTER_IDS = [
  'electronics', 'petrochemicals', 'smart_appliances', 'automotive', 'advanced_materials',
  'light_industry_textiles', 'software_it', 'uhd_display', 'biomedicine', 'agri_food',
  'semiconductors', 'high_end_equipment', 'robotics', 'blockchain_quantum', 'frontier_materials',
  'new_energy', 'laser_additive', 'digital_creative', 'safety_environment', 'precision_instruments',
] as const;

/** 附件1: ★★★ core 核心, ★★ key 重点, ★ general 一般 (highest first). */
export const RANKS = ['core', 'key', 'general'] as const;

export const CITY_ROLE_IDS = [
  'dual_core', 'provincial_sub_center', 'pearl_west_core', 'national_central_city',
  'special_economic_zone', 'metro_center',
] as const;

/** How a 专栏 names a city for a sub-sector. */
export const SUB_SECTOR_ROLES = ['core', 'base', 'support', 'supporting', 'named'] as const;

export const PROJECT_KINDS = [
  'industrial_project', 'industrial_park', 'innovation_platform', 'transport', 'energy',
  'water', 'ecology', 'other',
] as const;

export const DOC_IDS = [
  'gd-fyp-summary', 'gd-fyp', 'gz-fyp', 'gd-hq-opinions-2023', 'gd-manufacturing-fyp',
] as const;
