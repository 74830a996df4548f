import type { Dispatch } from 'react';
import type { Visible } from '../filters/apply.ts';
import type { FilterState } from '../filters/state.ts';
import { t } from '../i18n/strings.ts';
import type { Features, Model } from '../model/index.ts';
import type { Action } from './store.ts';
import { rankLabel } from './tooltip.tsx';

/** The filtered cities as a table: the same features the map draws and the export writes. */
export function TableView({ model, features, visible, filters, dispatch }: { model: Model; features: Features; visible: Visible; filters: FilterState; dispatch: Dispatch<Action> }) {
  const lang = filters.lang;
  const zh = lang === 'zh';
  const cluster = filters.cluster ? model.clusters.find((c) => c.id === filters.cluster) : null;
  const rows = features.cities.features.filter((f) => visible.cityIds.has(f.id));
  const zoneName = (id: string) => { const z = model.zones.find((x) => x.id === id)!; return zh ? z.name_zh : z.name_en; };
  return (
    <div className="table-view" data-testid="table-view">
      <table>
        <caption>{t('citiesShown', lang, { n: visible.counts.cities[0], N: visible.counts.cities[1] })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cityCol', lang)}</th>
            <th scope="col">{t('zone', lang)}</th>
            {cluster && <th scope="col">{zh ? cluster.name_zh : cluster.name_en}</th>}
            <th scope="col">{zh ? '核心集群数' : 'Core clusters'}</th>
            <th scope="col">{zh ? '布局集群数' : 'Ranked clusters'}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((f) => (
            <tr key={f.id} data-city={f.id} aria-selected={filters.city === f.id}>
              <th scope="row">
                <button type="button" onClick={() => dispatch({ type: 'select', city: f.id })}>{zh ? f.properties.name_zh : f.properties.name_en}</button>
              </th>
              <td>{zoneName(f.properties.zone)}</td>
              {cluster && <td data-rank={f.properties[`rank_${cluster.id}`] ?? ''}>{rankLabel(f.properties[`rank_${cluster.id}`], lang)}</td>}
              <td>{f.properties.core_count}</td>
              <td>{f.properties.cluster_count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
