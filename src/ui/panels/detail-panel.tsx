import { useState, type Dispatch } from 'react';
import type { Lang } from '../../filters/state.ts';
import { rankText, t } from '../../i18n/strings.ts';
import { RANKS, type CityDetail, type Document } from '../../model/index.ts';
import { SidePanel } from './side-panel.tsx';
import { SubSectorTag } from './sub-sector-tag.tsx';
import { SourceNote } from './source-ref.tsx';
import { cellEvidence, columnEvidence } from '../../model/evidence.ts';
import type { Action } from '../store.ts';
import { CityCorridors } from './city-corridors.tsx';
import { ProjectList } from './project-list.tsx';
import type { ProjectShapes } from '../../filters/project-distance.ts';
import type { Near } from '../../filters/spatial.ts';

type SortKey = 'plan' | 'rank';
const NO_SHAPES: ProjectShapes = { features: [] };
const rankOrder = (r: string | null) => (r === null ? RANKS.length : RANKS.indexOf(r as never));

/** A city's zone, metro area, roles, 20 ranks, sub-sectors and disagreements, each with its source. */
export function DetailPanel({ detail, documents, lang, dispatch, compared, shapes = NO_SHAPES, near = null }: { detail: CityDetail; documents: Document[]; lang: Lang; dispatch: Dispatch<Action>; compared: boolean; shapes?: ProjectShapes; near?: Near | null }) {
  const [sort, setSort] = useState<SortKey>('plan');
  const zh = lang === 'zh';
  const { city, zone } = detail;
  const ranks = sort === 'plan' ? detail.ranks : [...detail.ranks].sort((a, b) => rankOrder(a.rank) - rankOrder(b.rank) || a.cluster.number - b.cluster.number);
  return (
    <SidePanel named={city} lang={lang} testId="detail-panel" onClose={() => dispatch({ type: 'select', city: null })}>
      <button type="button" className="compare-toggle" aria-pressed={compared} onClick={() => dispatch({ type: 'compare/toggle', city: city.id })}>
        {t(compared ? 'compareIn' : 'compareAdd', lang)}
      </button>
      <dl>
        <dt>{t('zoneOf', lang)}</dt>
        <dd>{zh ? zone.name_zh : zone.name_en} <SourceNote source={city.zone_source} documents={documents} lang={lang} evidence={detail.ranks[0] && columnEvidence(city, detail.ranks[0].source)} /></dd>
        <dt>{t('metroOf', lang)}</dt>
        <dd>{detail.metros.length === 0 ? t('none', lang) : detail.metros.map((m) => (
          <span key={m.metro.id}>{zh ? m.metro.name_zh : m.metro.name_en}{t('inParens', lang, { text: t(m.scope === 'full' ? 'metroFull' : 'metroPart', lang) })}<SourceNote source={m.source} documents={documents} lang={lang} /></span>
        ))}</dd>
        {detail.roles.length > 0 && <>
          <dt>{t('roles', lang)}</dt>
          <dd>{detail.roles.map((r) => <span key={r.role} className="role" data-role={r.role}>{zh ? r.label_zh : t(`role.${r.role}`, lang)}<SourceNote source={r.source} documents={documents} lang={lang} /></span>)}</dd>
        </>}
      </dl>
      <h3>{t('ranks', lang)}</h3>
      <table className="ranks" data-testid="city-ranks">
        <thead>
          <tr>
            <th scope="col"><button type="button" aria-pressed={sort === 'plan'} onClick={() => setSort('plan')}>{t('cluster', lang)}</button></th>
            <th scope="col"><button type="button" aria-pressed={sort === 'rank'} onClick={() => setSort('rank')}>{t('rank', lang)}</button></th>
            <th scope="col"><span className="sr-only">{t('source', lang)}</span></th>
          </tr>
        </thead>
        <tbody>
          {ranks.map((r) => (
            <tr key={r.cluster.id} data-cluster={r.cluster.id} data-rank={r.rank ?? ''} className={`rank-${r.rank ?? 'none'}`}>
              <td>{r.cluster.number}. {zh ? r.cluster.name_zh : r.cluster.name_en}</td>
              <td>{rankText(r.rank, lang)}</td>
              <td><SourceNote source={r.source} documents={documents} lang={lang} evidence={cellEvidence(city, r.cluster, r.rank, r.source)} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      {detail.subSectors.length > 0 && <>
        <h3>{t('subSectors', lang)}</h3>
        <ul className="mentions">
          {detail.subSectors.map(({ subSector, mention }) => (
            <li key={subSector.id}>{zh ? subSector.name_zh : subSector.name_en} · <SubSectorTag mention={mention} lang={lang} /> <SourceNote source={mention.source} documents={documents} lang={lang} /></li>
          ))}
        </ul>
      </>}
      <CityCorridors corridors={detail.corridors} lang={lang} dispatch={dispatch} />
      {detail.projects.length > 0 && <>
        <h3>{t('cityProjects', lang, { n: detail.projects.length })}</h3>
        <ProjectList projects={detail.projects} shapes={shapes} near={near} lang={lang} dispatch={dispatch} testId="city-projects" showKind />
      </>}
      {detail.disagreements.length > 0 && <>
        <h3>{t('disagreements', lang)}</h3>
        <ul className="mentions">
          {detail.disagreements.map((d) => (
            <li key={d.id}>{zh ? d.summary_zh : d.summary_en} <SourceNote source={d.table_source} documents={documents} lang={lang} /><SourceNote source={d.text_source} documents={documents} lang={lang} /></li>
          ))}
        </ul>
      </>}
    </SidePanel>
  );
}
