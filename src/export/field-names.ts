/**
 * Shapefile (dBASE) field names are at most 10 characters. These are chosen, not cut: every
 * export property longer than that has its short name here (README lists them; each ZIP has a
 * fields.csv). Names of 10 characters or fewer stay as they are.
 */
export const SHORT_NAMES: Record<string, string> = {
  metro_scope: 'metro_scp',
  general_count: 'gen_count',
  cluster_count: 'clust_cnt',
  rank_electronics: 'r_elec',
  rank_petrochemicals: 'r_petchem',
  rank_smart_appliances: 'r_smartapp',
  rank_automotive: 'r_auto',
  rank_advanced_materials: 'r_advmat',
  rank_light_industry_textiles: 'r_lighttex',
  rank_software_it: 'r_softit',
  rank_uhd_display: 'r_uhd',
  rank_biomedicine: 'r_biomed',
  rank_agri_food: 'r_agrifood',
  rank_semiconductors: 'r_semicon',
  rank_high_end_equipment: 'r_hiequip',
  rank_robotics: 'r_robot',
  rank_blockchain_quantum: 'r_blockqnt',
  rank_frontier_materials: 'r_frontmat',
  rank_new_energy: 'r_newenrg',
  rank_laser_additive: 'r_laser',
  rank_digital_creative: 'r_digicrea',
  rank_safety_environment: 'r_safeenv',
  rank_precision_instruments: 'r_precinst',
  direction_zh: 'dir_zh',
  direction_en: 'dir_en',
  source_section: 'src_sect',
  source_quote: 'src_quote',
  full_members: 'full_memb',
  part_members: 'part_memb',
  city_names_zh: 'city_nm_zh',
  location_precision: 'loc_prec',
  source_count: 'src_count',
  source_docs: 'src_docs',
  indicator_class: 'ind_class',
  bivariate_class: 'biv_class',
};

/**
 * Short names for a table's columns, in order and unique: the chosen name, the name itself when
 * it fits, or (for an imported file's own columns) its first characters and a number.
 */
export function shortNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const chosen = SHORT_NAMES[name] ?? name;
    const base = /^[A-Za-z0-9_]{1,10}$/.test(chosen) ? chosen : ascii(chosen).slice(0, 10) || 'field';
    let short = base;
    for (let n = 1; used.has(short.toLowerCase()); n++) short = `${base.slice(0, 9 - String(n).length)}_${n}`;
    used.add(short.toLowerCase());
    return short;
  });
}

/** Letters, digits and underscores only (dBASE names are ASCII). */
const ascii = (s: string) => s.replace(/[^A-Za-z0-9_]/g, '_').replace(/_+/g, '_').replace(/^_|_$/g, '');
