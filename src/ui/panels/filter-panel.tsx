import type { Dispatch, ReactNode } from 'react';
import type { Visible } from '../../filters/apply.ts';
import type { OptionCounts } from '../../filters/option-counts.ts';
import { LAYER_IDS, toggled, type FilterState, type LayerId, type ShowState } from '../../filters/state.ts';
import { t } from '../../i18n/strings.ts';
import { KIND_COLORS, cssColor } from '../../layers/palette.ts';
import { METRO_IDS, PROJECT_KINDS, RANKS, ZONE_IDS, type Model } from '../../model/index.ts';
import type { Action, OpacityLayer } from '../store.ts';

interface Props { model: Model; filters: FilterState; show: ShowState; visible: Visible; counts: OptionCounts; dispatch: Dispatch<Action>; opacity: Record<OpacityLayer, number>; children?: ReactNode }

/** Layers and filters; every option shows how many cities it would leave. */
export function FilterPanel({ model, filters, show, visible, counts, dispatch, opacity, children }: Props) {
  const { lang, layers } = show;
  const zh = lang === 'zh';
  const patch = (p: Partial<FilterState>) => dispatch({ type: 'url/patch', filters: p });
  const pillar = model.clusters.filter((c) => c.group === 'pillar');
  const emerging = model.clusters.filter((c) => c.group === 'emerging');
  const anyFilter = filters.zone.length + filters.metro.length + filters.rank.length + filters.kind.length + filters.doc.length > 0 || filters.q !== '';
  return (
    <aside className="panel" aria-label={t('filters', lang)}>
      <section>
        <h2>{t('layers', lang)}</h2>
        {LAYER_IDS.map((id: LayerId) => (
          <label key={id} className="check">
            <input type="checkbox" checked={layers.includes(id)} onChange={() => dispatch({ type: 'url/patch', show: { layers: toggled(layers, id) } })} />
            {t(`layer.${id}`, lang)}
            {(id === 'cities' || id === 'zones' || id === 'projects') && layers.includes(id) && (
              <input type="range" className="opacity" min={0.1} max={1} step={0.1} value={opacity[id]}
                aria-label={t('opacityOf', lang, { layer: t(`layer.${id}`, lang) })}
                onChange={(e) => dispatch({ type: 'opacity/set', layer: id, value: Number(e.target.value) })} />
            )}
          </label>
        ))}
      </section>
      <section>
        <h2><label htmlFor="cluster-select">{t('cluster', lang)}</label></h2>
        <select id="cluster-select" value={filters.cluster ?? ''} onChange={(e) => dispatch({ type: 'url/patch', filters: { cluster: (e.target.value || null) as FilterState['cluster'] }, show: { layers: toggled(layers, 'clusters', true) } })}>
          <option value="">{t('allClusters', lang)}</option>
          <optgroup label={t('pillar', lang)}>
            {pillar.map((c) => <option key={c.id} value={c.id}>{c.number}. {zh ? c.name_zh : c.name_en}</option>)}
          </optgroup>
          <optgroup label={t('emerging', lang)}>
            {emerging.map((c) => <option key={c.id} value={c.id}>{c.number}. {zh ? c.name_zh : c.name_en}</option>)}
          </optgroup>
        </select>
      </section>
      <fieldset>
        <legend>{t('rank', lang)}</legend>
        {RANKS.map((r) => (
          <label key={r} className="check">
            <input type="checkbox" checked={filters.rank.includes(r)} onChange={() => patch({ rank: toggled(filters.rank, r) })} />
            {t(`rank.${r}`, lang)} <span className="count">{counts.rank[r]}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('zone', lang)}</legend>
        {ZONE_IDS.map((id) => {
          const zone = model.zones.find((z) => z.id === id)!;
          return (
            <label key={id} className="check">
              <input type="checkbox" checked={filters.zone.includes(id)} onChange={() => patch({ zone: toggled(filters.zone, id) })} />
              {zh ? zone.name_zh : zone.name_en} <span className="count">{counts.zone[id]}</span>
            </label>
          );
        })}
      </fieldset>
      <fieldset>
        <legend>{t('metro', lang)}</legend>
        {METRO_IDS.map((id) => {
          const metro = model.metros.find((m) => m.id === id)!;
          return (
            <label key={id} className="check">
              <input type="checkbox" checked={filters.metro.includes(id)} onChange={() => patch({ metro: toggled(filters.metro, id) })} />
              {zh ? metro.name_zh : metro.name_en} <span className="count">{counts.metro[id]}</span>
            </label>
          );
        })}
      </fieldset>
      {layers.includes('projects') && (
        <fieldset data-testid="kind-filter">
          <legend>{t('projectKinds', lang)}</legend>
          {PROJECT_KINDS.map((k) => (
            <label key={k} className="check">
              <input type="checkbox" checked={filters.kind.includes(k)} onChange={() => patch({ kind: toggled(filters.kind, k) })} />
              <span className="kind-dot" style={{ background: cssColor(KIND_COLORS[k]) }} aria-hidden="true" />
              {t(`kind.${k}`, lang)} <span className="count">{counts.kind[k]}</span>
            </label>
          ))}
        </fieldset>
      )}
      {children}
      <div className="panel-footer">
        <output className="shown" aria-live="polite" data-testid="cities-shown">
          {t('citiesShown', lang, { n: visible.counts.cities[0], N: visible.counts.cities[1] })}
          {layers.includes('projects') && <span data-testid="projects-shown"><br />{t('projectsShown', lang, { n: visible.counts.projects[0], N: visible.counts.projects[1] })}</span>}
          {layers.includes('corridors') && <span data-testid="corridors-shown"><br />{t('corridorsShown', lang, { n: visible.counts.corridors[0], N: visible.counts.corridors[1] })}</span>}
        </output>
        <button type="button" disabled={!anyFilter} onClick={() => patch({ zone: [], metro: [], rank: [], kind: [], doc: [], q: '' })}>{t('clear', lang)}</button>
      </div>
    </aside>
  );
}
