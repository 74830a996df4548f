import type { Lang } from '../../filters/state.ts';
import { t } from '../../i18n/strings.ts';
import type { SubSector } from '../../model/index.ts';

/** Under the city in the hover card: the district the pointer is on, the places the item names there, and its quote. */
export function PlaceTooltipLines({ district, subSector, districtNames, lang }:
  { district: string; subSector: SubSector | null; districtNames: ReadonlyMap<string, string>; lang: Lang }) {
  const places = (subSector?.places ?? []).filter((p) => p.district === district);
  if (places.length === 0) return null;
  const name = districtNames.get(district) ?? district;
  return (
    <div data-testid="place-tooltip">
      <div><b lang="zh">{name}</b> · {t('subSectorPlaces', lang)}: <span lang="zh">{places.map((p) => p.name_zh).join('、')}</span></div>
      <blockquote lang="zh">“{places[0]!.source.quote}”</blockquote>
    </div>
  );
}
