import { useMemo, type Dispatch, type ReactNode } from 'react';
import type { Visible } from '../../filters/apply.ts';
import { cityTable, nextSort, type CityTableColumn } from '../../filters/city-table.ts';
import type { ShowState } from '../../filters/state.ts';
import { joinList, rankText, t } from '../../i18n/strings.ts';
import type { Features, Model } from '../../model/index.ts';
import type { Action } from '../store.ts';

/** The filtered cities as a table: the same features the map draws and the export writes; each column sorts. */
export function TableView({ model, features, visible, show, dispatch }: { model: Model; features: Features; visible: Visible; show: ShowState; dispatch: Dispatch<Action> }) {
  const { lang, layers, sort } = show; // the order is in the URL (sort=), so back and reload keep it

  const zh = lang === 'zh';
  const { columns, rows } = useMemo(() => cityTable(features, visible, layers, sort, lang), [features, visible, layers, sort, lang]);
  const chosen = visible.filters.cluster;
  const cluster = chosen ? model.clusters.find((c) => c.id === chosen) : null;
  const zoneName = (id: string) => { const z = model.zones.find((x) => x.id === id)!; return zh ? z.name_zh : z.name_en; };
  const metroName = ({ id, part }: { id: string; part: boolean }) => {
    const m = model.metros.find((x) => x.id === id)!;
    return `${zh ? m.name_zh : m.name_en}${part ? t('inParens', lang, { text: t('metroPart', lang) }) : ''}`;
  };
  const titles: Record<CityTableColumn, ReactNode> = {
    city: t('cityCol', lang),
    zone: t('zone', lang),
    rank: cluster ? (zh ? cluster.name_zh : cluster.name_en) : null,
    core: t('coreCol', lang),
    ranked: t('rankedCol', lang),
    projects: <span title={t('projectsColHint', lang)}>{t('projectsCol', lang)}</span>,
  };
  const numeric = (c: CityTableColumn) => c === 'core' || c === 'ranked' || c === 'projects';
  return (
    <div className="table-view" data-testid="table-view">
      <table>
        <caption>{t('citiesShown', lang, { n: visible.counts.cities[0], N: visible.counts.cities[1] })}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const sorted = c === sort.column || (c === 'city' && !columns.includes(sort.column));
              const descending = sorted && c === sort.column && sort.descending;
              return (
                <th key={c} scope="col" data-column={c} className={numeric(c) ? 'num' : undefined}
                  aria-sort={sorted ? (descending ? 'descending' : 'ascending') : 'none'}>
                  <button type="button" title={t('sortBy', lang)} onClick={() => dispatch({ type: 'url/patch', show: { sort: nextSort(sort, c) } })}>
                    {titles[c]}<span className="sort-mark" aria-hidden="true">{sorted ? (descending ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              );
            })}
            <th scope="col">{t('metroOf', lang)}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-city={row.id} aria-selected={show.city === row.id}>
              <th scope="row">
                <button type="button" onClick={() => dispatch({ type: 'select', city: row.id })}>
                  {zh ? row.name_zh : row.name_en}
                  {zh && <span className="table-en" lang="en"> {row.name_en}</span>}
                </button>
              </th>
              <td>{zoneName(row.zone)}</td>
              {columns.includes('rank') && <td data-rank={row.rank ?? ''}>{rankText(row.rank, lang)}</td>}
              <td className="num">{row.core}</td>
              <td className="num">{row.ranked}</td>
              {columns.includes('projects') && <td className="num">{row.projects}</td>}
              <td>{row.metros.length ? joinList(row.metros.map(metroName), lang) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
