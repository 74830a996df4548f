import { both } from '../i18n/strings.ts';
import { placeDrawn, type SubSector } from '../model/index.ts';
import type { LegendEntry } from './legend.ts';
import { PLACE_FILL_ALPHA } from './place-style.ts';

/**
 * What the chosen sub-sector's place marks mean: the shaded, outlined districts (how many units) and,
 * where the item names towns or parks with no location, how many are listed in the panel instead.
 */
export function placeLegendEntries(subSector: SubSector): LegendEntry[] {
  const places = subSector.places ?? [];
  const units = new Set(places.flatMap((p) => p.district ?? []));
  const unplaced = places.filter((p) => !placeDrawn(p)).length;
  const entries: LegendEntry[] = [];
  if (units.size > 0) entries.push({ swatch: [90, 90, 90, PLACE_FILL_ALPHA], shape: 'fill', label: both('legend.subSectorDistricts'), count: units.size });
  if (unplaced > 0) entries.push({ swatch: [90, 90, 90, 255], shape: 'mark', mark: '·', label: both('legend.subSectorUnplaced'), count: unplaced });
  return entries;
}
