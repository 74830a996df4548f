// Strings for the places a sub-sector's 专栏 item names inside cities (districts, towns, parks); merged into strings.ts.

export const placeZh = {
  'legend.subSectorDistricts': '文中点名的区县（填色描边，颜色同所在城市的角色）',
  'legend.subSectorUnplaced': '文中点名但无位置的镇、园区（见列表）',
  subSectorPlaces: '市内地点',
  'placeKind.district': '区',
  'placeKind.county': '县',
  'placeKind.county_city': '县级市',
  'placeKind.town': '镇',
  'placeKind.park': '园区',
  'placeKind.zone': '开发区',
  placeDrawnAs: '图上为{district}',
  placeNotDrawn: '无位置，未上图',
} as const;

export const placeEn: Record<keyof typeof placeZh, string> = {
  'legend.subSectorDistricts': 'Districts and counties the text names (shaded and outlined in the city’s role colour)',
  'legend.subSectorUnplaced': 'Towns and parks the text names without a location (listed)',
  subSectorPlaces: 'Places inside cities',
  'placeKind.district': 'district',
  'placeKind.county': 'county',
  'placeKind.county_city': 'county-level city',
  'placeKind.town': 'town',
  'placeKind.park': 'park',
  'placeKind.zone': 'zone',
  placeDrawnAs: 'drawn as {district}',
  placeNotDrawn: 'no location, not drawn',
};
