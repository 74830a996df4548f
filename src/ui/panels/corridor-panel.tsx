import type { Dispatch } from 'react';
import type { Lang } from '../../filters/state.ts';
import { t, nameIn } from '../../i18n/strings.ts';
import { CORRIDOR_COLORS } from '../../layers/corridor-palette.ts';
import { cssColor } from '../../layers/palette.ts';
import type { Corridor, Model, SourceRef } from '../../model/index.ts';
import { SidePanel } from './side-panel.tsx';
import { SourceNote } from './source-ref.tsx';
import type { Action } from '../store.ts';

/** One axis or belt: kind, cities in order, how it is drawn, where its places come from, and every passage naming it. */
export function CorridorPanel({ corridor, model, lang, districtNames, dispatch }:
  { corridor: Corridor; model: Model; lang: Lang; districtNames: ReadonlyMap<string, string>; dispatch: Dispatch<Action> }) {
  const zh = lang === 'zh';
  const cityName = (id: string) => nameIn(model.cities, id, lang);
  const clusterName = (id: string) => nameIn(model.clusters, id, lang);
  const passages = (list: SourceRef[]) => (
    <ul className="mentions">
      {list.map((s) => {
        const doc = model.sources.find((d) => d.id === s.doc);
        return (
          <li key={`${s.doc}|${s.quote}`}>
            <div className="muted">{doc ? (zh ? doc.title_zh : doc.title_en) : s.doc} · {s.section}</div>
            <blockquote lang="zh">“{s.quote}”</blockquote>
            <SourceNote source={s} documents={model.sources} lang={lang} />
          </li>
        );
      })}
    </ul>
  );
  return (
    <SidePanel named={corridor} lang={lang} testId="corridor-panel" onClose={() => dispatch({ type: 'corridor/select', corridor: null })}>
      <dl>
        <dt>{t('corridorKindLabel', lang)}</dt>
        <dd><span className="kind-dot" style={{ background: cssColor(CORRIDOR_COLORS[corridor.kind]) }} aria-hidden="true" /> {t(`corridorKind.${corridor.kind}`, lang)}</dd>
        <dt>{t('corridorCities', lang)}</dt>
        <dd>{corridor.cities.map((c, i) => (
          <span key={c}>{i > 0 && ' → '}<button type="button" className="link" onClick={() => dispatch({ type: 'select', city: c })}>{cityName(c)}</button></span>
        ))}</dd>
        {corridor.districts.length > 0 && <><dt>{t('corridorDistricts', lang)}</dt><dd>{corridor.districts.map((d) => districtNames.get(d) ?? d).join(zh ? '、' : ', ')}</dd></>}
        {corridor.outside_zh.length > 0 && <><dt>{t('corridorOutside', lang)}</dt><dd lang="zh">{corridor.outside_zh.join('、')}</dd></>}
        {corridor.clusters.length > 0 && <><dt>{t('cluster', lang)}</dt><dd>{corridor.clusters.map(clusterName).join(zh ? '、' : ', ')}</dd></>}
        <dt>{t('corridorDrawn', lang)}</dt>
        <dd>{t(`corridorGeometry.${corridor.geometry}`, lang)}</dd>
        <dt>{t('corridorPlaces', lang)}</dt>
        <dd data-testid="corridor-placement">{t(`corridorPlacement.${corridor.placement}`, lang)}</dd>
      </dl>
      {corridor.note && <p className="note">{corridor.note}</p>}
      <h3>{t('sources', lang, { n: corridor.sources.length })}</h3>
      {passages(corridor.sources)}
      {corridor.place_sources && <>
        <h3>{t('corridorPlaceSources', lang, { n: corridor.place_sources.length })}</h3>
        {passages(corridor.place_sources)}
      </>}
    </SidePanel>
  );
}
