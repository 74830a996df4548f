import { useMemo, type Dispatch } from 'react';
import { hidingFilters, withoutHiding } from '../../filters/hidden-by.ts';
import type { FilterState, Lang } from '../../filters/state.ts';
import type { SpatialGeometry } from '../../filters/spatial-filter.ts';
import { joinList, t } from '../../i18n/strings.ts';
import type { Model } from '../../model/index.ts';
import type { Action } from '../store.ts';

/** Says when the filters hide the open project, which ones, and offers to clear exactly those. */
export function HiddenNotice({ model, project, filters, lang, dispatch, geometry }: { model: Model; project: string; filters: FilterState; lang: Lang; dispatch: Dispatch<Action>; geometry?: SpatialGeometry }) {
  const fields = useMemo(() => hidingFilters(model, project, filters, geometry), [model, project, filters, geometry]);
  if (!fields.length) return null;
  return (
    <div className="hidden-notice" role="status" data-testid="project-hidden">
      <strong>{t('projectHidden', lang)}</strong>
      <span className="muted"> {t('projectHiddenBy', lang, { fields: joinList(fields.map((f) => t(`hidingFilter.${f}`, lang)), lang) })}</span>
      <button type="button" data-testid="show-project" onClick={() => dispatch({ type: 'url/patch', filters: withoutHiding(filters, fields) })}>
        {t('showProject', lang)}
      </button>
    </div>
  );
}
