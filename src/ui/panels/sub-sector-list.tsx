import type { Dispatch } from 'react';
import type { Lang } from '../../filters/state.ts';
import { t } from '../../i18n/strings.ts';
import { SUB_SECTOR_ROLE_COLORS, cssColor } from '../../layers/palette.ts';
import type { ClusterId, Model } from '../../model/index.ts';
import { SourceNote } from './source-ref.tsx';
import { SubSectorPlaces } from './sub-sector-places.tsx';
import { SubSectorTag } from './sub-sector-tag.tsx';
import type { Action } from '../store.ts';

/** The chosen cluster's 专栏 sub-sectors; picking one outlines the cities it names, by role, and the districts and parks inside them. */
export function SubSectorList({ model, cluster, selected, lang, dispatch, districtNames = new Map() }: { model: Model; cluster: ClusterId; selected: string | null; lang: Lang; dispatch: Dispatch<Action>; districtNames?: ReadonlyMap<string, string> }) {
  const zh = lang === 'zh';
  const list = model.subSectors.filter((s) => s.cluster === cluster);
  const current = list.find((s) => s.id === selected) ?? null;
  const cityName = (id: string) => { const c = model.cities.find((x) => x.id === id); return c ? (zh ? c.short_zh : c.name_en) : id; };
  return (
    <section className="sub-sectors" data-testid="sub-sectors">
      <h2>{t('subSectors', lang)}</h2>
      <ol>
        {list.map((s) => (
          <li key={s.id}>
            <button type="button" className="link" aria-pressed={s.id === selected}
              onClick={() => dispatch({ type: 'subSector/select', subSector: s.id === selected ? null : s.id })}>
              {zh ? s.name_zh : s.name_en}
            </button>
          </li>
        ))}
      </ol>
      {current && (
        <div className="sub-sector-detail">
          {current.cities.length === 0 && <p className="muted">{(current.regions_zh ?? []).join('、') || t('none', lang)}{!zh && current.regions_zh?.length ? ` ${t('inChinese', lang)}` : ''}</p>}
          <ul>
            {current.cities.map((m) => (
              <li key={m.city}>
                <span className="role-swatch" style={{ borderColor: cssColor(SUB_SECTOR_ROLE_COLORS[m.role]) }} aria-hidden="true" />
                {cityName(m.city)} · <SubSectorTag mention={m} lang={lang} /> <SourceNote source={m.source} documents={model.sources} lang={lang} />
                <SubSectorPlaces places={(current.places ?? []).filter((p) => p.city === m.city)} districtNames={districtNames} documents={model.sources} lang={lang} />
              </li>
            ))}
          </ul>
          {current.regions_zh && current.cities.length > 0 && <p className="muted small">{current.regions_zh.join('、')}{zh ? '' : ` ${t('inChinese', lang)}`}</p>}
        </div>
      )}
    </section>
  );
}
