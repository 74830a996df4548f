import { useMemo, useState, type Dispatch } from 'react';
import type { Lang } from '../../filters/state.ts';
import { compareRows, type CompareRow } from '../../model/compare-rows.ts';
import type { Adcode, Model } from '../../model/index.ts';
import type { Action } from '../store.ts';
import { joinList, nameIn, rankText, t } from '../../i18n/strings.ts';

/**
 * The cities picked for comparison side by side, docked under the map (it shrinks the map, never covers it
 * or the table) and foldable: zone, roles, project counts and the 20 ranks, rows where they differ marked.
 */
export function CompareView({ model, cities, lang, dispatch }: { model: Model; cities: Adcode[]; lang: Lang; dispatch: Dispatch<Action> }) {
  const zh = lang === 'zh';
  const [folded, setFolded] = useState(false);
  const picked = cities.map((id) => model.cities.find((c) => c.id === id)!);
  const rows = useMemo(() => compareRows(model, cities), [model, cities]);
  const cityName = (c: (typeof picked)[number]) => (zh ? c.short_zh : c.name_en);
  const label = (row: CompareRow) => {
    if (row.kind === 'rank') { const cl = model.clusters.find((x) => x.id === row.cluster)!; return `${cl.number}. ${zh ? cl.name_zh : cl.name_en}`; }
    return t(row.kind === 'zone' ? 'compareZone' : row.kind === 'roles' ? 'compareRoles' : 'compareProjects', lang);
  };
  const cell = (row: CompareRow, i: number) => {
    switch (row.kind) {
      case 'zone': return nameIn(model.zones, row.values[i]!, lang);
      case 'roles': return row.values[i]!.length ? joinList(row.values[i]!.map((r) => t(`role.${r}`, lang)), lang) : '—';
      case 'projects': return String(row.values[i]);
      case 'rank': return rankText(row.values[i], lang);
    }
  };
  return (
    <section className={`compare compare-dock${folded ? ' compare-folded' : ''}`} aria-label={t('compareTitle', lang)} data-testid="compare-view">
      <header>
        <button type="button" className="compare-fold" aria-expanded={!folded} title={t(folded ? 'compareUnfold' : 'compareFold', lang)} onClick={() => setFolded(!folded)}>
          <span aria-hidden="true">{folded ? '▸' : '▾'}</span> <h2>{t('compareTitle', lang)}</h2>
        </button>
        <span className="compare-cities">{joinList(picked.map(cityName), lang)}</span>
        <button type="button" onClick={() => dispatch({ type: 'compare/clear' })}>{t('compareClear', lang)}</button>
      </header>
      {!folded && (
        <div className="compare-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col"><span className="sr-only">{t('cluster', lang)}</span></th>
                {picked.map((c) => (
                  <th scope="col" key={c.id}>
                    {cityName(c)}
                    <button type="button" className="remove" aria-label={t('compareRemove', lang, { city: cityName(c) })} onClick={() => dispatch({ type: 'compare/toggle', city: c.id })}>×</button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.kind === 'rank' ? row.cluster : row.kind} className={`${row.kind === 'rank' ? '' : 'compare-fact'}${row.differs ? ' differs' : ''}`} data-differs={row.differs || undefined}>
                  <th scope="row">
                    {row.differs && <span className="differs-mark" title={t('compareDiffers', lang)} aria-label={t('compareDiffers', lang)}>≠ </span>}
                    {label(row)}
                  </th>
                  {picked.map((c, i) => {
                    const rank = row.kind === 'rank' ? row.values[i] : undefined;
                    return <td key={c.id} className={rank !== undefined ? `rank-${rank ?? 'none'}` : undefined} data-rank={rank !== undefined ? rank ?? '' : undefined}>{cell(row, i)}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
