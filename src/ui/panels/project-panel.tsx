import type { Dispatch } from 'react';
import type { FilterState, Lang } from '../../filters/state.ts';
import { joinList, t, nameIn } from '../../i18n/strings.ts';
import { KIND_COLORS, cssColor } from '../../layers/palette.ts';
import type { Document, Model, Project } from '../../model/index.ts';
import { SidePanel } from './side-panel.tsx';
import { SourceNote } from './source-ref.tsx';
import { HiddenNotice } from './hidden-notice.tsx';
import type { SpatialGeometry } from '../../filters/spatial-filter.ts';
import { formatKm, projectKm } from '../../filters/project-distance.ts';
import type { Action } from '../store.ts';

/** One project: kind, cities, site, clusters, how it was located, and every passage that names it. */
export function ProjectPanel({ project, model, filters, lang, dispatch, geometry }: { project: Project; model: Model; filters: FilterState; lang: Lang; dispatch: Dispatch<Action>; geometry?: SpatialGeometry }) {
  const zh = lang === 'zh';
  const documents: Document[] = model.sources;
  const cityName = (id: string) => nameIn(model.cities, id, lang);
  const clusterName = (id: string) => nameIn(model.clusters, id, lang);
  const loc = project.location;
  const km = filters.near && geometry ? projectKm(geometry.projects, project.id, filters.near) : null; // how far from the near centre
  return (
    <SidePanel named={project} lang={lang} testId="project-panel" onClose={() => dispatch({ type: 'project/select', project: null })}>
      <HiddenNotice model={model} project={project.id} filters={filters} lang={lang} dispatch={dispatch} geometry={geometry} />
      <dl>
        <dt>{t('kind', lang)}</dt>
        <dd><span className="kind-dot" style={{ background: cssColor(KIND_COLORS[project.kind]) }} aria-hidden="true" /> {t(`kind.${project.kind}`, lang)}</dd>
        <dt>{t('projectCities', lang)}</dt>
        <dd>{project.cities.map((c, i) => (
          <span key={c}>{i > 0 && t('listSep', lang)}<button type="button" className="link" onClick={() => dispatch({ type: 'select', city: c })}>{cityName(c)}</button></span>
        ))}</dd>
        {project.site && <><dt>{t('site', lang)}</dt><dd><span lang="zh">{project.site}</span>{zh ? '' : ` ${t('inChinese', lang)}`}</dd></>}
        {project.clusters.length > 0 && <><dt>{t('cluster', lang)}</dt><dd>{joinList(project.clusters.map(clusterName), lang)}</dd></>}
        <dt>{t('located', lang)}</dt>
        <dd>{t(`precision.${loc.precision}`, lang)}{loc.precision === 'site' && <> — <span lang="en">{loc.basis}</span>{zh && <span className="note-lang">{t('noteInEnglish', lang)}</span>}</>}</dd>
        {km !== null && <><dt>{t('distanceColumn', lang)}</dt><dd data-testid="project-panel-distance" data-km={km}>{formatKm(km)}</dd></>}
        {project.place_basis === 'public' && <><dt>{t('placeBasis', lang)}</dt><dd data-testid="place-basis">{t('placeBasis.public', lang)}</dd></>}
      </dl>
      {project.note && <p className="note" data-testid="project-note"><span lang="en">{project.note}</span>{zh && <span className="note-lang">{t('noteInEnglish', lang)}</span>}</p>}
      <h3>{t('sources', lang, { n: project.sources.length })}</h3>
      <ul className="mentions">
        {project.sources.map((s) => {
          const doc = documents.find((d) => d.id === s.doc);
          return (
            <li key={`${s.doc}|${s.quote}`}>
              <div className="muted">{doc ? (zh ? doc.title_zh : doc.title_en) : s.doc} · <span lang="zh">{s.section}</span>{zh ? '' : ` ${t('inChinese', lang)}`}</div>
              <blockquote lang="zh">“{s.quote}”</blockquote>
              <SourceNote source={s} documents={documents} lang={lang} />
            </li>
          );
        })}
      </ul>
    </SidePanel>
  );
}
