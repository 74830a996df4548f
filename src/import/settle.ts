import type { Adcode } from '../model/ids.ts';
import type { CityLookup } from './city-lookup.ts';
import type { Draft } from './draft.ts';
import { issue, rowList, RowsByField } from './issues.ts';
import { representativePoint } from './point.ts';
import { isFormulaLike } from './properties.ts';
import { rowText } from './row-messages.ts';
import type { ImportedFeature, ImportIssue } from './schema.ts';

/** Settles each draft's city (point first, then the named city), zone and id; warns about what it noticed. */
export function settle(drafts: Draft[], lookup: CityLookup): { features: ImportedFeature[]; warnings: ImportIssue[] } {
  const unrecognised = new RowsByField();
  const disagrees = new RowsByField();
  const formulas = new RowsByField();
  const outside: number[] = [];
  const ids = assignIds(drafts);
  const features = drafts.map((d, k): ImportedFeature => {
    const point = representativePoint(d.geometry);
    let city: Adcode | null = d.cityFromColumn;
    if (city === null) {
      const at = lookup.at(point);
      const named = d.named ? lookup.byName(d.named.value) : null;
      if (d.named && named === null) unrecognised.add(d.named.field, d.row);
      if (d.named && named !== null && at !== null && named !== at) disagrees.add(d.named.field, d.row);
      city = at ?? named; // a point just off the simplified coast keeps the city its row names
    }
    if (city === null) outside.push(d.row);
    for (const [key, value] of Object.entries(d.properties)) if (isFormulaLike(value)) formulas.add(key, d.row);
    return { id: ids.ids[k]!, geometry: d.geometry, point, city, zone: city && lookup.zoneOf(city), properties: d.properties };
  });
  const warnings = [
    ...(ids.duplicate === null ? [] : [issue(null, 'id', rowText.duplicateIds(ids.duplicate))]),
    ...unrecognised.issues(rowText.cityUnrecognised),
    ...disagrees.issues(rowText.cityDisagrees),
    ...(outside.length ? [issue(null, null, rowText.outside(rowList(outside), outside.length))] : []),
    ...formulas.issues(rowText.formula),
  ];
  return { features, warnings };
}

/** The file's own ids when every row has a distinct one; otherwise `row-<n>` for all. */
function assignIds(drafts: Draft[]): { ids: string[]; duplicate: string | null } {
  const seen = new Set<string>();
  for (const d of drafts) {
    if (d.ownId === null) return { ids: drafts.map((x) => `row-${x.row}`), duplicate: null };
    if (seen.has(d.ownId)) return { ids: drafts.map((x) => `row-${x.row}`), duplicate: d.ownId };
    seen.add(d.ownId);
  }
  return { ids: drafts.map((d) => d.ownId!), duplicate: null };
}
