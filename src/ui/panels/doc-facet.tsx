import { useMemo, type Dispatch } from 'react';
import { docOptionCounts } from '../../filters/option-counts.ts';
import type { SpatialGeometry } from '../../filters/spatial-filter.ts';
import { toggled, type FilterState, type Lang } from '../../filters/state.ts';
import { t } from '../../i18n/strings.ts';
import { DOC_IDS, type Model } from '../../model/index.ts';
import type { Action } from '../store.ts';

/** Which document says so: a checkbox per document, counting the projects and axes it names among those the other filters leave. */
export function DocFacet({ model, filters, lang, dispatch, geometry }: { model: Model; filters: FilterState; lang: Lang; dispatch: Dispatch<Action>; geometry?: SpatialGeometry }) {
  const counts = useMemo(() => docOptionCounts(model, filters, geometry), [model, filters, geometry]);
  return (
    <fieldset data-testid="doc-filter">
      <legend>{t('docFilter', lang)}</legend>
      {DOC_IDS.map((id) => (
        <label key={id} className="check" title={model.sources.find((d) => d.id === id)?.title_zh}>
          <input type="checkbox" checked={filters.doc.includes(id)}
            onChange={() => dispatch({ type: 'url/patch', filters: { doc: toggled(filters.doc, id) } })} />
          {t(`doc.${id}`, lang)} <span className="count">{t('docCount', lang, { p: counts[id].projects, c: counts[id].corridors })}</span>
        </label>
      ))}
    </fieldset>
  );
}
