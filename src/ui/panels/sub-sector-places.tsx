import type { Lang } from '../../filters/state.ts';
import { t } from '../../i18n/strings.ts';
import type { Document, SubSectorPlace } from '../../model/index.ts';
import { SourceNote } from './source-ref.tsx';

/**
 * The districts, towns and parks an item names inside one city: the name as written, what it is, the
 * county-level unit it is drawn as (or that it has no location) and the passage that names it.
 */
export function SubSectorPlaces({ places, districtNames, documents, lang }:
  { places: SubSectorPlace[]; districtNames: ReadonlyMap<string, string>; documents: Document[]; lang: Lang }) {
  if (places.length === 0) return null;
  return (
    <ul className="sub-sector-places" aria-label={t('subSectorPlaces', lang)}>
      {places.map((p) => (
        <li key={p.name_zh} data-district={p.district ?? ''}>
          <span lang="zh">{p.name_zh}</span> · {t(`placeKind.${p.kind}`, lang)} ·{' '}
          <span className={p.district ? '' : 'muted'}>
            {p.district ? t('placeDrawnAs', lang, { district: districtNames.get(p.district) ?? p.district }) : t('placeNotDrawn', lang)}
          </span>{' '}
          <SourceNote source={p.source} documents={documents} lang={lang} />
          {p.note && <span className="muted small" lang="en"> {p.note}</span>}
        </li>
      ))}
    </ul>
  );
}
