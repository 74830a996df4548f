import { useMemo, useReducer, useRef, useState } from 'react';
import { applyFilters } from '../filters/apply.ts';
import { optionCounts } from '../filters/option-counts.ts';
import { parseQuery } from '../filters/query.ts';
import { toggled } from '../filters/state.ts';
import { t } from '../i18n/strings.ts';
import { buildLegend } from '../layers/legend.ts';
import { styleLayers } from '../layers/map-style.ts';
import { deckLayersNeeded } from '../layers/mode.ts';
import { cityOutlines, outlineCollection } from '../layers/selection.ts';
import { DEFAULT_OPACITY, type LayerInput } from '../layers/input.ts';
import { cityDetail } from '../model/index.ts';
import { CompareView } from './panels/compare-view.tsx';
import { DetailPanel } from './panels/detail-panel.tsx';
import { WarningBanner } from './error-banner.tsx';
import { FilterPanel } from './panels/filter-panel.tsx';
import { Legend } from './panels/legend.tsx';
import type { AppData } from './load-app-data.ts';
import type { SearchMatch } from '../filters/search.ts';
import { MapView, type CaptureMap } from './map/map-view.tsx';
import { ATTRIBUTION } from './map/map-host.ts';
import { ExportMenu } from './export/export-menu.tsx';
import { HelpOverlay } from './panels/help-overlay.tsx';
import { ImportPanel } from './export/import-panel.tsx';
import { SubSectorList } from './panels/sub-sector-list.tsx';
import { ZonePanel } from './panels/zone-panel.tsx';
import { useImport } from './export/use-import.ts';
import { importedVisible } from '../import/filter.ts';
import { PresenterBar } from './present/presenter-bar.tsx';
import { usePresenter } from './present/use-presenter.ts';
import { colourKey } from '../layers/input.ts';
import { ProjectPanel } from './panels/project-panel.tsx';
import { CorridorPanel } from './panels/corridor-panel.tsx';
import { DocFacet } from './panels/doc-facet.tsx';
import { SearchBox } from './panels/search-box.tsx';
import { reducer, type AppState } from './store.ts';
import { TableView } from './panels/table-view.tsx';
import { Tooltip } from './map/tooltip.tsx';
import { useUrlSync } from './use-url-sync.ts';
import { useDeckKit } from './map/use-deck.ts';

function initialState(): AppState {
  const { state, warnings } = parseQuery(location.search);
  return { filters: state, hover: null, warnings, tableOpen: false, webgl: 'ok', mapGeneration: 0, project: null, subSector: null, zone: null, opacity: { ...DEFAULT_OPACITY } };
}

export function App({ data }: { data: AppData }) {
  const [state, dispatch] = useReducer(reducer, undefined, initialState);
  const captureRef = useRef<CaptureMap | null>(null);
  const presenter = usePresenter(state, dispatch);
  const imports = useImport(data.model, data.features);
  const { filters } = state;
  const lang = filters.lang;
  useUrlSync(filters, dispatch);
  const visible = useMemo(() => applyFilters(data.model, filters), [data.model, filters]);
  const counts = useMemo(() => optionCounts(data.model, filters), [data.model, filters]);
  const importedLayer = imports.status.kind === 'loaded' ? imports.status.layer : null;
  const imported = useMemo(() => {
    if (!importedLayer) return null;
    const visibleIds = importedVisible(importedLayer, { zone: filters.zone, cityIds: visible.cityIds });
    return { layer: importedLayer, visibleIds, key: `${colourKey(visible)}|${visibleIds.size}` };
  }, [importedLayer, filters.zone, visible]);
  const subSector = useMemo(() => data.model.subSectors.find((x) => x.id === state.subSector) ?? null, [data.model, state.subSector]);
  // the style layers leave the hover out, so a hover never rebuilds them (the outlines have a source of their own)
  const styleInput = useMemo<LayerInput>(
    () => ({ features: data.features, visible, state: filters, imported, model: data.model, subSector, opacity: state.opacity }),
    [data.features, data.model, visible, filters, imported, subSector, state.opacity],
  );
  const mapStyleLayers = useMemo(() => styleLayers(styleInput), [styleInput]);
  const outlines = useMemo(() => outlineCollection(data.features, cityOutlines(filters.city, state.hover?.city ?? null, subSector)), [data.features, filters.city, state.hover?.city, subSector]);
  const layerInput = useMemo(() => ({ ...styleInput, hoverProject: state.hover?.project ?? null, hoverCorridor: state.hover?.corridor ?? null, selectedCorridor: state.corridor ?? null }),
    [styleInput, state.hover?.project, state.hover?.corridor, state.corridor]);
  const [mapReady, setMapReady] = useState(false);
  const deckNeeded = deckLayersNeeded(layerInput);
  const deck = useDeckKit(deckNeeded, mapReady);
  const deckLayers = useMemo(() => deck.kit?.buildDeckLayers(layerInput) ?? null, [deck.kit, layerInput]);
  const legend = useMemo(() => buildLegend(data.model, filters, visible, subSector), [data.model, filters, visible, subSector]);
  const project = state.project ? data.model.projects.find((p) => p.id === state.project) ?? null : null;
  const corridor = state.corridor ? data.model.corridors.find((c) => c.id === state.corridor) ?? null : null;
  const detail = useMemo(() => (filters.city ? cityDetail(data.model, filters.city) : null), [data.model, filters.city]);
  const onPick = (m: SearchMatch) => {
    if (m.kind === 'cluster') {
      dispatch({ type: 'filters/patch', patch: { cluster: m.id, layers: toggled(filters.layers, 'clusters', true) } });
      return;
    }
    if (m.kind === 'project') {
      const [lon, lat] = data.features.projectPoints.get(m.id)!;
      dispatch({ type: 'filters/patch', patch: { view: { lon, lat, zoom: 9 }, layers: toggled(filters.layers, 'projects', true) } });
      dispatch({ type: 'project/select', project: m.id });
      return;
    }
    if (m.kind === 'corridor') {
      dispatch({ type: 'filters/patch', patch: { layers: toggled(filters.layers, 'corridors', true) } });
      dispatch({ type: 'corridor/select', corridor: m.id });
      return;
    }
    const [lon, lat] = data.features.cityPoints.get(m.id)!;
    dispatch({ type: 'filters/patch', patch: { city: m.id, view: { lon, lat, zoom: 8 } } });
  };
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = t('title', lang);

  return (
    <div className={`app ${state.tableOpen ? 'with-table' : ''} ${filters.present ? 'presenting' : ''}`} data-ready={mapReady || undefined}>
      <header className="topbar">
        <div className="brand">
          <h1>{t('title', lang)}</h1>
          <p>{t('subtitle', lang)}</p>
        </div>
        <SearchBox model={data.model} lang={lang} onPick={onPick} />
        <div className="actions">
          <button type="button" onClick={() => presenter.setPresent(true)} data-testid="present-button">{t('present', lang)}</button>
          <ExportMenu model={data.model} features={data.features} filters={filters} visible={visible} legend={legend} captureRef={captureRef} attribution={ATTRIBUTION} imported={imported} />
          <button type="button" aria-pressed={state.tableOpen} onClick={() => dispatch({ type: 'table/toggle' })}>
            {state.tableOpen ? t('map', lang) : t('table', lang)}
          </button>
          <button type="button" className="keep-in-present" lang={lang === 'zh' ? 'en' : 'zh'} onClick={() => dispatch({ type: 'filters/patch', patch: { lang: lang === 'zh' ? 'en' : 'zh' } })}>
            {t('lang', lang)}
          </button>
        </div>
      </header>
      <WarningBanner warnings={state.warnings} lang={lang} onDismiss={() => dispatch({ type: 'warnings/dismiss' })} />
      {state.webgl === 'unavailable' && <div className="banner banner-error" role="alert" data-testid="webgl-banner">{t('noWebgl', lang)}</div>}
      {deck.failed && deckNeeded && (
        <div className="banner banner-error" role="alert" data-testid="deck-banner">
          {t('deckFailed', lang)} <button type="button" onClick={deck.retry}>{t('retry', lang)}</button>
        </div>
      )}
      {state.webgl === 'lost' && <div className="banner banner-error" role="alert" data-testid="webgl-banner">{t('webglLost', lang)}</div>}
      <main className="workspace">
        <FilterPanel model={data.model} filters={filters} visible={visible} counts={counts} dispatch={dispatch} opacity={state.opacity}>
          {(filters.layers.includes('projects') || filters.layers.includes('corridors') || filters.doc.length > 0) && <DocFacet model={data.model} filters={filters} dispatch={dispatch} />}
          {filters.cluster && <SubSectorList model={data.model} cluster={filters.cluster} selected={state.subSector} lang={lang} dispatch={dispatch} />}
          <ImportPanel status={imports.status} lang={lang} count={imported ? [imported.visibleIds.size, imported.layer.features.length] : null}
            onFile={(f) => void imports.importFile(f)} onClear={imports.clear} />
        </FilterPanel>
        <div className="stage" onDragOver={(e) => { if (e.dataTransfer.types.includes('Files')) e.preventDefault(); }}
          onDrop={(e) => { const f = e.dataTransfer.files[0]; if (f) { e.preventDefault(); void imports.importFile(f); } }}>
          {state.webgl !== 'unavailable' && (
            <MapView key={state.mapGeneration} styleLayers={mapStyleLayers} outlines={outlines} deck={deck.kit} deckLayers={deckLayers} deckNeeded={deckNeeded}
              view={filters.view} focus={filters.city ? data.features.cityPoints.get(filters.city) ?? null : null} lang={lang} dispatch={dispatch} onReady={() => { setMapReady(true); performance.mark('app-ready'); }} captureRef={captureRef} />
          )}
          {state.webgl === 'ok' && <Legend sections={legend} lang={lang} note={t('indicative', lang)} open={presenter.legendOpen} onToggle={presenter.toggleLegend} />}
          <Tooltip hover={state.hover} data={data} lang={lang} cluster={filters.cluster} imported={importedLayer} />
          {state.filters.compare.length > 0 && <CompareView model={data.model} cities={state.filters.compare} lang={lang} dispatch={dispatch} />}
          {state.tableOpen && <TableView model={data.model} features={data.features} visible={visible} filters={filters} dispatch={dispatch} />}
        </div>
        {filters.present && (
          <PresenterBar filters={filters} scenes={presenter.scenes} current={presenter.current} onGo={presenter.goTo}
            onStep={presenter.step} onHelp={() => presenter.setHelpOpen(true)} onExit={() => presenter.setPresent(false)} />
        )}
        {presenter.helpOpen && <HelpOverlay lang={lang} onClose={() => presenter.setHelpOpen(false)} />}
        {corridor && <CorridorPanel key={corridor.id} corridor={corridor} model={data.model} lang={lang} districtNames={data.features.districtNames} dispatch={dispatch} />}
        {state.zone && !project && <ZonePanel zone={state.zone} model={data.model} lang={lang} dispatch={dispatch} />}
        {project && <ProjectPanel key={project.id} project={project} model={data.model} lang={lang} dispatch={dispatch} />}
        {!project && !state.zone && !corridor && detail && <DetailPanel key={detail.city.id} detail={detail} documents={data.model.sources} lang={lang} dispatch={dispatch} compared={state.filters.compare.includes(detail.city.id)} />}
      </main>
    </div>
  );
}
