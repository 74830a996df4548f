import { useMemo, type Dispatch } from 'react';
import type { Lang } from '../../filters/state.ts';
import { joinList, rankText, t } from '../../i18n/strings.ts';
import { areaCities, areaSummary } from '../../model/area-summary.ts';
import { RANKS, type MetroId, type Model, type SourceRef, type ZoneId } from '../../model/index.ts';
import { SidePanel } from './side-panel.tsx';
import { SourceNote } from './source-ref.tsx';
import { ProjectList } from './project-list.tsx';
import type { ProjectShapes } from '../../filters/project-distance.ts';
import type { Near } from '../../filters/spatial.ts';
import type { Action } from '../store.ts';

/** How many of an area's projects the panel lists by name (the rest are counted). */
const LISTED = 12;

/**
 * A zone of 一核一带一区 or one of the five metropolitan areas: its plan text quoted with its sources, its
 * cities, the ranks its cities hold across the 20 clusters, and its projects by kind.
 */
export function AreaPanel({ area, model, lang, dispatch, shapes = { features: [] }, near = null }: { area: { zone: ZoneId } | { metro: MetroId }; model: Model; lang: Lang; dispatch: Dispatch<Action>; shapes?: ProjectShapes; near?: Near | null }) {
  const zh = lang === 'zh';
  const isZone = 'zone' in area;
  const record = isZone ? model.zones.find((z) => z.id === area.zone)! : model.metros.find((m) => m.id === area.metro)!;
  const areaId = isZone ? area.zone : area.metro;
  const cities = useMemo(() => areaCities(model, isZone ? { zone: areaId } : { metro: areaId }), [model, isZone, areaId]);
  const summary = useMemo(() => areaSummary(model, cities.map((c) => c.id)), [model, cities]);
  const text = 'direction_zh' in record ? (zh ? record.direction_zh : record.direction_en) : (zh ? record.focus_zh : record.focus_en);
  const quotes: SourceRef[] = 'focus_source' in record ? [record.focus_source, record.source] : [record.source];
  const close = () => dispatch(isZone ? { type: 'zone/select', zone: null } : { type: 'metro/select', metro: null });
  return (
    <SidePanel named={record} lang={lang} testId={isZone ? 'zone-panel' : 'metro-panel'} onClose={close}>
      <p data-testid="area-text">{text}</p>
      <h3>{t('areaPlan', lang)}</h3>
      <ul className="mentions">
        {quotes.map((q) => (
          <li key={q.quote}>
            <div className="muted"><span lang="zh">{q.section}</span>{zh ? '' : ` ${t('inChinese', lang)}`}</div>
            <blockquote lang="zh">“{q.quote}”</blockquote>
            <SourceNote source={q} documents={model.sources} lang={lang} />
          </li>
        ))}
      </ul>
      <h3>{t('zoneCities', lang, { n: cities.length })}</h3>
      <p className="area-cities">
        {cities.map((c, i) => (
          <span key={c.id}>{i > 0 && t('listSep', lang)}<button type="button" className="link" onClick={() => dispatch({ type: 'select', city: c.id })}>
            {zh ? model.cities.find((x) => x.id === c.id)!.name_zh : model.cities.find((x) => x.id === c.id)!.name_en}
          </button>{c.part && t('inParens', lang, { text: t('metroPart', lang) })}</span>
        ))}
      </p>
      <h3>{t('areaRanks', lang)}</h3>
      <ul className="area-ranks" data-testid="area-ranks">
        {RANKS.map((rank) => (
          <li key={rank} data-rank={rank}>{t('areaRankCells', lang, { rank: rankText(rank, lang), n: summary.ranks[rank] })}
            <span className="muted"> · {t('areaBestRank', lang, { rank: rankText(rank, lang), n: summary.clusters[rank] })}</span></li>
        ))}
      </ul>
      <h3>{t('areaProjects', lang, { n: summary.projects.length })}</h3>
      <p className="area-kinds" data-testid="area-kinds">
        {joinList(summary.byKind.map(([kind, n]) => `${t(`kind.${kind}`, lang)} ${n}`), lang)}
      </p>
      <ProjectList projects={summary.projects} shapes={shapes} near={near} lang={lang} dispatch={dispatch} testId="area-projects" className="area-projects" limit={LISTED} />
      {summary.projects.length > LISTED && <p className="muted">{t('areaMore', lang, { n: summary.projects.length - LISTED })}</p>}
    </SidePanel>
  );
}
