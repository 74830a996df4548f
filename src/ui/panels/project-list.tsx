import { useMemo, useState, type Dispatch } from 'react';
import { formatKm, projectRows, type ProjectOrder, type ProjectShapes } from '../../filters/project-distance.ts';
import type { Near } from '../../filters/spatial.ts';
import type { Lang } from '../../filters/state.ts';
import { t } from '../../i18n/strings.ts';
import { KIND_COLORS, cssColor } from '../../layers/palette.ts';
import type { Project } from '../../model/index.ts';
import type { Action } from '../store.ts';
import './project-list.css';

interface Props {
  projects: readonly Project[];
  shapes: ProjectShapes;
  near: Near | null;
  lang: Lang;
  dispatch: Dispatch<Action>;
  testId: string;
  className?: string;
  showKind?: boolean;
  limit?: number; // list this many (after ordering); the caller counts the rest
}

/**
 * Projects by name, each opening its panel; with a `near` centre set, each shows its great-circle
 * distance from it (project-distance.ts computes, this only renders) and the list can be ordered by it.
 */
export function ProjectList({ projects, shapes, near, lang, dispatch, testId, className = 'mentions project-list', showKind = false, limit }: Props) {
  const [order, setOrder] = useState<ProjectOrder>('plan');
  const rows = useMemo(() => projectRows(projects, shapes, near, order), [projects, shapes, near, order]);
  const zh = lang === 'zh';
  return (
    <>
      {near && (
        <div className="project-order" role="group" aria-label={t('projectOrder', lang)} data-testid={`${testId}-order`}>
          {(['plan', 'distance'] as const).map((o) => (
            <button key={o} type="button" aria-pressed={order === o} data-order={o} onClick={() => setOrder(o)}>
              {t(o === 'plan' ? 'projectOrderPlan' : 'projectOrderDistance', lang)}
            </button>
          ))}
        </div>
      )}
      <ul className={`${className} project-rows`} data-testid={testId}>
        {rows.slice(0, limit ?? rows.length).map(({ project: p, km }) => (
          <li key={p.id} data-project={p.id}>
            <span className="kind-dot" style={{ background: cssColor(KIND_COLORS[p.kind]) }} aria-hidden="true" />
            <span className="project-name">
              <button type="button" className="link" onClick={() => dispatch({ type: 'project/select', project: p.id })}>{zh ? p.name_zh : p.name_en}</button>
              {showKind && <span className="muted"> · {t(`kind.${p.kind}`, lang)}</span>}
            </span>
            {km !== null && <span className="distance" data-km={km}>{t('distanceKm', lang, { km: formatKm(km) })}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}
