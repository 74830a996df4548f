/** Context regions drawn around Guangdong, by the adcode echarts' china.json uses. */
export const NEIGHBOURS = {
  '350000': { name_zh: '福建', name_en: 'Fujian', kind: 'province' },
  '360000': { name_zh: '江西', name_en: 'Jiangxi', kind: 'province' },
  '430000': { name_zh: '湖南', name_en: 'Hunan', kind: 'province' },
  '450000': { name_zh: '广西', name_en: 'Guangxi', kind: 'province' },
  '460000': { name_zh: '海南', name_en: 'Hainan', kind: 'province' },
  '810000': { name_zh: '香港', name_en: 'Hong Kong', kind: 'sar' },
  '820000': { name_zh: '澳门', name_en: 'Macau', kind: 'sar' },
} as const;
