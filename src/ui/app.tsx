import { useEffect, useMemo, useReducer, useRef, useState, type CSSProperties } from 'react';
import './panels.css';
import { applyFilters } from '../filters/apply.ts';
import { optionCounts } from '../filters/option-counts.ts';
import { resolveShowIds } from '../filters/show-ids.ts';
import { toggled } from '../filters/state.ts';
import { t } from '../i18n/strings.ts';
import { buildLegend } from '../layers/legend.ts';
import { styleLayers } from '../layers/map-style.ts';
import { deckLayersNeeded } from '../layers/mode.ts';
import { cityOutlines, outlineCollection } from '../layers/selection.ts';
import { DEFAULT_OPACITY, type LayerInput } from '../layers/input.ts';
import bbox from '@turf/bbox';
import { cityDetail } from '../model/index.ts';
import { areaCities } from '../model/area-summary.ts';
import { CompareView } from './panels/compare-view.tsx';
import { DetailPanel } from './panels/detail-panel.tsx';
import { WarningBanner } from './error-banner.tsx';
import { FilterPanel } from './panels/filter-panel.tsx';
import { Legend } from './panels/legend.tsx';
import type { AppData } from './load-app-data.ts';
import type { Startup } from './boot.tsx';
import type { SearchMatch } from '../filters/search.ts';
import { MapView, type CaptureMap } from './map/map-view.tsx';
import { ATTRIBUTION } from './map/map-host.ts';
import { ExportMenu } from './export/export-menu.tsx';
import { HelpOverlay } from './panels/help-overlay.tsx';
import { ImportPanel } from './export/import-panel.tsx';
import { SubSectorList } from './panels/sub-sector-list.tsx';
import { AreaPanel } from './panels/area-panel.tsx';
import { useImport } from './export/use-import.ts';
import { useIndicator } from './export/use-indicator.ts';
import { IndicatorNotice } from './export/indicator-notice.tsx';
import { importedVisible } from '../import/filter.ts';
import { shownImport } from '../import/status.ts';
import { PresenterBar } from './present/presenter-bar.tsx';
import { usePresenter } from './present/use-presenter.ts';
import { usePresentScale } from './present/use-present-scale.ts';
import { sceneSubject } from '../present/subject.ts';
import { ProjectPanel } from './panels/project-panel.tsx';
import { ImportedPanel } from './panels/imported-panel.tsx';
import { CorridorPanel } from './panels/corridor-panel.tsx';
import { DocFacet } from './panels/doc-facet.tsx';
import { SearchBox } from './panels/search-box.tsx';
import { reducer, type AppState } from './store.ts';
import { TableView } from './panels/table-view.tsx';
import { ViewDescription } from './panels/view-description.tsx';
import { MapKeyList } from './map/map-key-list.tsx';
import { useLayerShow } from './map/use-layer-show.ts';
import { useFocusReturn } from './panels/use-focus-return.ts';
import { Tooltip } from './map/tooltip.tsx';
import { useUrlSync } from './use-url-sync.ts';
import { useDeckKit } from './map/use-deck.ts';
import { useDistrictShapes } from './map/use-district-shapes.ts';
import { withAreaOutlines } from '../layers/spatial-outline.ts';
import { SpatialPanel } from './spatial/spatial-panel.tsx';
import { MeasureTools } from './spatial/measure-tools.tsx';
import type { Map as MapLibreMap } from 'maplibre-gl';

function initialState({ startup: { url }, model }: { startup: Startup; model: AppData['model'] }): AppState {
  const resolved = resolveShowIds(model, url.state); // project and sub-sector ids checked against the data
  const { filters, show } = resolved.state;
  const warnings = [...url.warnings, ...resolved.warnings];
  return { filters, show, hover: null, warnings, webgl: 'ok', mapGeneration: 0, zone: null, opacity: { ...DEFAULT_OPACITY } };
}

export function App({ data, startup }: { data: AppData; startup: Startup }) {
  const [state, dispatch] = useReducer(reducer, { startup, model: data.model }, initialState);
  const captureRef = useRef<CaptureMap | null>(null);
  const pointRef = useRef<((lonLat: [number, number]) => { x: number; y: number }) | null>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const presenter = usePresenter(state, dispatch);
  const imports = useImport(data.model, data.features);
  const { filters, show } = state;
  const { lang } = show;
  useUrlSync(state, dispatch);
  const visible = useMemo(() => applyFilters(data.model, filters, data.features), [data.model, data.features, filters]);
  const counts = useMemo(() => optionCounts(data.model, filters, data.features), [data.model, data.features, filters]);
  const importedLayer = shownImport(imports.status)?.layer ?? null; // a failed import keeps the layer shown before
  const plan = useMemo(() => {
    const core = new Map(data.features.cities.features.map((f) => [f.id as string, f.properties.core_count]));
    return { ids: [...core.keys()], coreCount: (id: string) => core.get(id) ?? 0 };
  }, [data.features]);
  const indicator = useIndicator(importedLayer, show.indicator, plan, dispatch);
  const imported = useMemo(() => {
    if (!importedLayer) return null;
    const visibleIds = importedVisible(importedLayer, { zone: filters.zone, cityIds: visible.cityIds });
    return { layer: importedLayer, visibleIds, key: `${visible.filterKey}|${visibleIds.size}` };
  }, [importedLayer, filters.zone, visible]);
  const subSector = useMemo(() => data.model.subSectors.find((x) => x.id === show.subSector) ?? null, [data.model, show.subSector]);
  const scale = usePresentScale(show.present);
  const labelProjects = (show.present && presenter.current?.label_projects) || undefined;
  // the style layers leave the hover out, so a hover never rebuilds them (the outlines have a source of their own)
  const layerShow = useLayerShow(show);
  const styleInput = useMemo<LayerInput>(
    () => ({ features: data.features, visible, show: layerShow, imported, model: data.model, subSector, opacity: state.opacity, choropleth: indicator.choropleth, scale, labelProjects }),
    [data.features, data.model, visible, layerShow, imported, subSector, state.opacity, indicator.choropleth, scale, labelProjects],
  );
  const mapStyleLayers = useMemo(() => styleLayers(styleInput), [styleInput]);
  const outlines = useMemo(() => withAreaOutlines(outlineCollection(data.features, cityOutlines(show.city, state.hover?.city ?? null, subSector)), filters),
    [data.features, show.city, state.hover?.city, subSector, filters]);
  const districtShapes = useDistrictShapes(!!subSector?.places?.some((p) => p.district !== null));
  const layerInput = useMemo(() => ({ ...styleInput, hoverProject: state.hover?.project ?? null, hoverCorridor: state.hover?.corridor ?? null, selectedCorridor: state.corridor ?? null, districtShapes }),
    [styleInput, state.hover?.project, state.hover?.corridor, state.corridor, districtShapes]);
  const [mapReady, setMapReady] = useState(false);
  const deckNeeded = deckLayersNeeded(layerInput);
  const deck = useDeckKit(deckNeeded, mapReady);
  const deckLayers = useMemo(() => deck.kit?.buildDeckLayers(layerInput) ?? null, [deck.kit, layerInput]);
  const importedLegend = useMemo(() => (imported ? { name: imported.layer.name, shown: imported.visibleIds.size, total: imported.layer.features.length } : null), [imported]);
  const legend = useMemo(() => buildLegend(data.model, visible, show, subSector, indicator.choropleth, importedLegend), [data.model, visible, show, subSector, indicator.choropleth, importedLegend]);
  const cityFocus = useMemo(() => {
    const city = show.city ? data.features.cities.features.find((f) => f.id === show.city) : null;
    return city ? { bounds: bbox(city) as [number, number, number, number] } : null;
  }, [data.features, show.city]);
  // each scene applied is framed anew, on what its filters leave (computed when it is applied, not on later changes)
  const sceneFrame = useMemo(() => (show.present && presenter.current ? { bounds: sceneSubject(data.features, visible, labelProjects) } : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [presenter.applied]);
  // an open zone or metropolitan area is framed like a city, its member cities together
  const area = state.zone ? `zone:${state.zone}` : state.metro ? `metro:${state.metro}` : null;
  const areaFocus = useMemo(() => {
    if (!area) return null;
    const [kind, id] = area.split(':') as ['zone' | 'metro', string];
    const ids = areaCities(data.model, kind === 'zone' ? { zone: id } : { metro: id }).map((c) => c.id as string);
    const shapes = data.features.cities.features.filter((f) => ids.includes(f.id));
    return { bounds: bbox({ type: 'FeatureCollection', features: shapes }) as [number, number, number, number] };
  }, [data.model, data.features, area]);
  const focus = areaFocus ?? cityFocus;
  const project = show.project ? data.model.projects.find((p) => p.id === show.project) ?? null : null;
  const corridor = state.corridor ? data.model.corridors.find((c) => c.id === state.corridor) ?? null : null;
  const detail = useMemo(() => (show.city ? cityDetail(data.model, show.city) : null), [data.model, show.city]);
  useFocusReturn(project ? `project:${project.id}` : state.zone ? `zone:${state.zone}` : corridor ? `corridor:${corridor.id}` : show.city ? `city:${show.city}` : null);
  const onPick = (m: SearchMatch) => {
    if (m.kind === 'cluster') {
      dispatch({ type: 'url/patch', filters: { cluster: m.id }, show: { layers: toggled(show.layers, 'clusters', true) } });
      return;
    }
    if (m.kind === 'subSector') {
      const cluster = data.model.subSectors.find((x) => x.id === m.id)?.cluster ?? null;
      dispatch({ type: 'url/patch', filters: { cluster }, show: { layers: toggled(show.layers, 'clusters', true) } });
      dispatch({ type: 'subSector/select', subSector: m.id });
      return;
    }
    if (m.kind === 'project') {
      const [lon, lat] = data.features.projectPoints.get(m.id)!;
      dispatch({ type: 'url/patch', show: { view: { lon, lat, zoom: 9 }, layers: toggled(show.layers, 'projects', true) } });
      dispatch({ type: 'project/select', project: m.id });
      return;
    }
    if (m.kind === 'corridor') {
      dispatch({ type: 'url/patch', show: { layers: toggled(show.layers, 'corridors', true) } });
      dispatch({ type: 'corridor/select', corridor: m.id });
      return;
    }
    if (m.kind === 'zone') {
      dispatch({ type: 'url/patch', show: { layers: toggled(show.layers, 'zones', true) } });
      dispatch({ type: 'zone/select', zone: m.id });
      return;
    }
    if (m.kind === 'metro') {
      dispatch({ type: 'url/patch', filters: { metro: [m.id] }, show: { layers: toggled(show.layers, 'metro', true) } });
      dispatch({ type: 'metro/select', metro: m.id });
      return;
    }
    // the map frames the city in the part of it the panels leave free (MapView's focus)
    dispatch({ type: 'url/patch', show: { city: m.id } });
  };
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('title', lang);
  }, [lang]);

  return (
    <div className={`app ${show.table ? 'with-table' : ''} ${show.present ? 'presenting' : ''} theme-${show.theme}`} data-ready={mapReady || undefined}
      style={show.present ? { '--present-scale': scale } as CSSProperties : undefined}>
      <header className="topbar">
        <div className="brand">
          <h1>{t('title', lang)}</h1>
          <p>{t('subtitle', lang)}</p>
        </div>
        <SearchBox model={data.model} lang={lang} onPick={onPick} />
        {filters.q && (
          <button type="button" className="chip" data-testid="q-chip" aria-label={t('removeSearch', lang, { q: filters.q })}
            onClick={() => dispatch({ type: 'url/patch', filters: { q: '' } })}>
            {t('searchChip', lang, { q: filters.q })} <span aria-hidden="true">✕</span>
          </button>
        )}
        <div className="actions">
          <MeasureTools lang={lang} mapRef={mapRef} />
          <button type="button" onClick={() => presenter.setPresent(true)} data-testid="present-button">{t('present', lang)}</button>
          <ExportMenu model={data.model} features={data.features} show={show} visible={visible} legend={legend} captureRef={captureRef} attribution={ATTRIBUTION} imported={imported} choropleth={indicator.choropleth} />
          <button type="button" aria-pressed={show.table} onClick={() => dispatch({ type: 'table/toggle' })}>
            {show.table ? t('map', lang) : t('table', lang)}
          </button>
          <button type="button" className="keep-in-present" aria-pressed={show.theme === 'contrast'} data-testid="theme-toggle"
            onClick={() => dispatch({ type: 'url/patch', show: { theme: show.theme === 'contrast' ? 'default' : 'contrast' } })}>
            {t('theme.contrast', lang)}
          </button>
          <button type="button" className="keep-in-present" lang={lang === 'zh' ? 'en' : 'zh'} onClick={() => dispatch({ type: 'url/patch', show: { lang: lang === 'zh' ? 'en' : 'zh' } })}>
            {t('lang', lang)}
          </button>
        </div>
      </header>
      <WarningBanner warnings={state.warnings} lang={lang} onDismiss={() => dispatch({ type: 'warnings/dismiss' })} />
      <IndicatorNotice missing={indicator.missing} lang={lang} />
      <ViewDescription model={data.model} visible={visible} show={show} />
      {state.webgl === 'unavailable' && <div className="banner banner-error" role="alert" data-testid="webgl-banner">{t('noWebgl', lang)}</div>}
      {deck.failed && deckNeeded && (
        <div className="banner banner-error" role="alert" data-testid="deck-banner">
          {t('deckFailed', lang)} <button type="button" onClick={deck.retry}>{t('retry', lang)}</button>
        </div>
      )}
      {state.webgl === 'lost' && <div className="banner banner-error" role="alert" data-testid="webgl-banner">{t('webglLost', lang)}</div>}
      <main className={`workspace${show.compare.length > 0 ? ' with-compare' : ''}`}>
        <FilterPanel model={data.model} filters={filters} show={show} visible={visible} counts={counts} dispatch={dispatch} opacity={state.opacity}>
          {(show.layers.includes('projects') || show.layers.includes('corridors') || filters.doc.length > 0) && <DocFacet model={data.model} filters={filters} lang={lang} dispatch={dispatch} geometry={data.features} />}
          {filters.cluster && <SubSectorList model={data.model} cluster={filters.cluster} selected={show.subSector} lang={lang} dispatch={dispatch} districtNames={data.features.districtNames} />}
          <SpatialPanel model={data.model} features={data.features} filters={filters} lang={lang} dispatch={dispatch} mapRef={mapRef} visible={visible} />
          <ImportPanel status={imports.status} lang={lang} count={imported ? [imported.visibleIds.size, imported.layer.features.length] : null}
            onFile={(f) => void imports.importFile(f)} onClear={imports.clear} onKeepValid={imports.keepValid} onDismiss={imports.dismiss} datum={imports.datum} onDatum={imports.setDatum} indicator={indicator} />
        </FilterPanel>
        <div className="stage" onDragOver={(e) => { if (e.dataTransfer.types.includes('Files')) e.preventDefault(); }}
          onDrop={(e) => { const f = e.dataTransfer.files[0]; if (f) { e.preventDefault(); void imports.importFile(f); } }}>
          {state.webgl !== 'unavailable' && (
            <MapView key={state.mapGeneration} early={startup.early} styleLayers={mapStyleLayers} outlines={outlines} deck={deck.kit} deckLayers={deckLayers} deckNeeded={deckNeeded}
              view={show.view} focus={focus} sceneFrame={sceneFrame} fitFocusAtStart={startup.url.state.show.view === null} lang={lang} dispatch={dispatch} onReady={() => { setMapReady(true); performance.mark('app-ready'); }} captureRef={captureRef} pointRef={pointRef} mapRef={mapRef} />
          )}
          {state.webgl === 'ok' && <MapKeyList model={data.model} features={data.features} visible={visible} layers={show.layers} lang={show.lang} dispatch={dispatch} pointRef={pointRef} />}
          {state.webgl === 'ok' && <Legend sections={legend} lang={lang} note={t('indicative', lang)} open={presenter.legendOpen} onToggle={presenter.toggleLegend}
            onOpen={(o) => dispatch('zone' in o ? { type: 'zone/select', zone: o.zone } : { type: 'metro/select', metro: o.metro })} />}
          <Tooltip hover={state.hover} data={data} lang={lang} cluster={filters.cluster} imported={importedLayer} subSector={subSector} near={filters.near} />
          {show.table && <TableView model={data.model} features={data.features} visible={visible} show={show} dispatch={dispatch} />}
        </div>
        {show.compare.length > 0 && <CompareView model={data.model} cities={show.compare} lang={lang} dispatch={dispatch} />}
        {show.present && (
          <PresenterBar url={state} scenes={presenter.scenes} current={presenter.current} onGo={presenter.goTo}
            onStep={presenter.step} onHelp={() => presenter.setHelpOpen(true)} onExit={() => presenter.setPresent(false)} />
        )}
        {presenter.helpOpen && <HelpOverlay lang={lang} onClose={() => presenter.setHelpOpen(false)} />}
        {corridor && <CorridorPanel key={corridor.id} corridor={corridor} model={data.model} lang={lang} districtNames={data.features.districtNames} dispatch={dispatch} />}
        {state.zone && !project && <AreaPanel key={state.zone} area={{ zone: state.zone }} model={data.model} lang={lang} dispatch={dispatch} shapes={data.features.projects} near={filters.near} />}
        {state.metro && !project && <AreaPanel key={state.metro} area={{ metro: state.metro }} model={data.model} lang={lang} dispatch={dispatch} shapes={data.features.projects} near={filters.near} />}
        {state.importedFeature && importedLayer && !project && <ImportedPanel key={state.importedFeature} layer={importedLayer} id={state.importedFeature} model={data.model} lang={lang} dispatch={dispatch} />}
        {project && <ProjectPanel key={project.id} project={project} model={data.model} filters={filters} lang={lang} dispatch={dispatch} geometry={data.features} />}
        {!project && !state.zone && !state.metro && !corridor && !(state.importedFeature && importedLayer) && detail && <DetailPanel key={detail.city.id} detail={detail} documents={data.model.sources} lang={lang} dispatch={dispatch} compared={show.compare.includes(detail.city.id)} shapes={data.features.projects} near={filters.near} />}
      </main>
    </div>
  );
}
