import { useMemo, type Dispatch } from 'react';
import type { Visible } from '../../filters/apply.ts';
import type { Near } from '../../filters/spatial.ts';
import type { Lang } from '../../filters/state.ts';
import { t } from '../../i18n/strings.ts';
import type { Features, Model } from '../../model/index.ts';
import { ProjectList } from '../panels/project-list.tsx';
import type { Action } from '../store.ts';

/** How many of the selected projects the panel lists (the rest are counted; ordering by distance lists the nearest). */
const LISTED = 40;

/** "Which projects lie within N km of …": the projects every filter leaves, with their distances from the centre. */
export function NearProjects({ model, features, visible, near, lang, dispatch }: { model: Model; features: Features; visible: Visible; near: Near; lang: Lang; dispatch: Dispatch<Action> }) {
  const projects = useMemo(() => model.projects.filter((_, i) => visible.projectMask[i] === 1), [model, visible]);
  return (
    <section className="near-projects" aria-label={t('nearProjects', lang, { n: projects.length })}>
      <h4>{t('nearProjects', lang, { n: projects.length })}</h4>
      <ProjectList projects={projects} shapes={features.projects} near={near} lang={lang} dispatch={dispatch} testId="near-projects" className="area-projects" limit={LISTED} />
      {projects.length > LISTED && <p className="muted">{t('areaMore', lang, { n: projects.length - LISTED })}</p>}
    </section>
  );
}
