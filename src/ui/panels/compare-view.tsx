import type { Dispatch } from 'react';
import type { Lang } from '../../filters/state.ts';
import type { Adcode, Model } from '../../model/index.ts';
import { rankOf } from '../../model/index.ts';
import type { Action } from '../store.ts';
import { rankText, t } from '../../i18n/strings.ts';

/** Side-by-side ranks of the cities picked for comparison, one column per city. */
export function CompareView({ model, cities, lang, dispatch }: { model: Model; cities: Adcode[]; lang: Lang; dispatch: Dispatch<Action> }) {
  const zh = lang === 'zh';
  const picked = cities.map((id) => model.cities.find((c) => c.id === id)!);
  return (
    <section className="compare" aria-label={t('compareTitle', lang)} data-testid="compare-view">
      <header>
        <h2>{t('compareTitle', lang)}</h2>
        <button type="button" onClick={() => dispatch({ type: 'compare/clear' })}>{t('compareClear', lang)}</button>
      </header>
      <div className="compare-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('cluster', lang)}</th>
              {picked.map((c) => (
                <th scope="col" key={c.id}>
                  {zh ? c.short_zh : c.name_en}
                  <button type="button" className="remove" aria-label={t('compareRemove', lang, { city: zh ? c.short_zh : c.name_en })} onClick={() => dispatch({ type: 'compare/toggle', city: c.id })}>×</button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.clusters.map((cl) => (
              <tr key={cl.id}>
                <th scope="row">{cl.number}. {zh ? cl.name_zh : cl.name_en}</th>
                {picked.map((c) => {
                  const rank = rankOf(model, c.id, cl.id);
                  return <td key={c.id} className={`rank-${rank ?? 'none'}`} data-rank={rank ?? ''}>{rankText(rank, lang)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
