// Strings for the hidden-project notice, zone and metropolitan-area panels, the docked comparison, the table's
// sort and the import's skipped rows (issue 15); merged into strings.ts.

export const panelZh = {
  'match.subSector': '细分领域',
  projectHidden: '当前筛选隐藏了该项目',
  projectHiddenBy: '隐藏它的筛选：{fields}',
  showProject: '显示该项目',
  'hidingFilter.cluster': '产业集群',
  'hidingFilter.rank': '等级',
  'hidingFilter.zone': '区域',
  'hidingFilter.metro': '都市圈',
  'hidingFilter.kind': '项目类型',
  'hidingFilter.doc': '文件',
  'hidingFilter.q': '搜索文字',
  areaPlan: '规划原文',
  areaRanks: '产业集群布局（成员城市在 20 个集群中的等级）',
  areaRankCells: '{rank}：{n} 处',
  areaBestRank: '以本区域城市为{rank}的集群：{n} 个',
  areaProjects: '重大项目（{n}）',
  areaMore: '另有 {n} 项未列出',
  'legend.openArea': '打开“{name}”',
} as const;

export const panelEn: Record<keyof typeof panelZh, string> = {
  'match.subSector': 'Sub-sector',
  projectHidden: 'Hidden by the current filters',
  projectHiddenBy: 'Filters hiding it: {fields}',
  showProject: 'Show this project',
  'hidingFilter.cluster': 'cluster',
  'hidingFilter.rank': 'rank',
  'hidingFilter.zone': 'zone',
  'hidingFilter.metro': 'metropolitan area',
  'hidingFilter.kind': 'project kind',
  'hidingFilter.doc': 'document',
  'hidingFilter.q': 'search text',
  areaPlan: 'In the plan\'s words',
  areaRanks: 'Industry clusters (member cities\' ranks in the 20 clusters)',
  areaRankCells: '{rank}: {n} cells',
  areaBestRank: 'Clusters with a member city as {rank}: {n}',
  areaProjects: 'Major projects ({n})',
  areaMore: '{n} more not listed',
  'legend.openArea': 'Open “{name}”',
};
