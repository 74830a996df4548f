// Strings for the hidden-project notice, zone and metropolitan-area panels, the docked comparison, the table's
// sort and the import's skipped rows (issue 15); merged into strings.ts.

export const panelZh = {
  'match.subSector': '细分领域',
} as const;

export const panelEn: Record<keyof typeof panelZh, string> = {
  'match.subSector': 'Sub-sector',
};
