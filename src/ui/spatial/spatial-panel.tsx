import type { Polygon } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useState, type Dispatch, type MutableRefObject } from 'react';
import { withinFromGeoJSON } from '../../filters/spatial-geojson.ts';
import { normaliseWithin, parseNear, vertexCount, WITHIN_MAX_VERTICES, type LonLat } from '../../filters/spatial.ts';
import type { FilterState, Lang } from '../../filters/state.ts';
import { t } from '../../i18n/strings.ts';
import type { Features, Model } from '../../model/index.ts';
import type { Action } from '../store.ts';
import type { DrawTool } from './draw-session.ts';
import { drawSessionOf, useDrawingFlag } from './session.ts';
import type { Visible } from '../../filters/apply.ts';
import { NearProjects } from './near-projects.tsx';

interface Props {
  model: Model;
  features: Features;
  filters: FilterState;
  lang: Lang;
  dispatch: Dispatch<Action>;
  mapRef: MutableRefObject<MapLibreMap | null>;
  visible?: Visible; // with a near centre, the selected projects are listed with their distances
}

/** A centre typed as "lon,lat", or the name of a city or a project (zh or en), as a point. */
function centreOf(text: string, model: Model, features: Features): LonLat | null {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*[,，\s]\s*(-?\d+(?:\.\d+)?)\s*$/.exec(text);
  if (m) return [Number(m[1]), Number(m[2])];
  const name = text.trim().toLowerCase();
  if (!name) return null;
  const city = model.cities.find((c) => [c.name_zh, c.short_zh, c.name_en].some((n) => n.toLowerCase() === name));
  if (city) return features.cityPoints.get(city.id) ?? null;
  const project = model.projects.find((p) => p.name_zh === text.trim() || p.name_en.toLowerCase() === name);
  return project ? features.projectPoints.get(project.id) ?? null : null;
}

/** Select by drawing, by distance or from a file: the spatial filter's tools (measuring: measure-tools.tsx). */
export function SpatialPanel({ model, features, filters, lang, dispatch, mapRef, visible }: Props) {
  const [active, setActive] = useState<DrawTool | null>(null);
  const [centre, setCentre] = useState('');
  const [radius, setRadius] = useState('50');
  const [error, setError] = useState<string | null>(null);
  const { near, within } = filters;
  const patch = (p: Partial<FilterState>) => dispatch({ type: 'url/patch', filters: p });
  useDrawingFlag(mapRef, active);

  const onArea = (polygon: Polygon) => {
    const next = normaliseWithin([polygon.coordinates as LonLat[][]], within?.outside ?? false);
    if (vertexCount(next.polygons) > WITHIN_MAX_VERTICES) { setError(t('spatialBadFile', lang, { error: `> ${WITHIN_MAX_VERTICES}` })); return; }
    setError(null);
    patch({ within: next });
  };
  const start = (tool: DrawTool) => {
    const pending = drawSessionOf(mapRef);
    if (!pending) return;
    setActive(tool);
    setError(null);
    void pending.then((s) => {
      if (tool === 'edit' && within?.polygons.length === 1) {
        s.edit({ type: 'Polygon', coordinates: within.polygons[0]! }, onArea);
        return;
      }
      s.start(tool, (polygon) => { setActive(null); s.stop(); onArea(polygon); }, () => {});
    });
  };
  const stopEditing = () => { setActive(null); void drawSessionOf(mapRef)?.then((s) => s.clear()); };
  const clearArea = () => { stopEditing(); patch({ near: null, within: null }); };
  const applyNear = () => {
    const point = centreOf(centre, model, features);
    const parsed = point && parseNear(`${point[0]},${point[1]},${radius}`);
    if (!parsed) { setError(t('spatialCentreUnknown', lang, { text: centre })); return; }
    setError(null);
    patch({ near: parsed });
  };
  const loadFile = async (file: File) => {
    const read = withinFromGeoJSON((await file.text()).replace(/^\uFEFF/, ''), within?.outside ?? false);
    if ('error' in read) { setError(t('spatialBadFile', lang, { error: read.error })); return; }
    setError(null);
    patch({ within: read.within });
  };
  const tool = (id: DrawTool, label: Parameters<typeof t>[0]) => (
    <button type="button" aria-pressed={active === id} data-testid={`spatial-${id}`} onClick={() => start(id)}>{t(label, lang)}</button>
  );

  return (
    <section className="spatial" data-testid="spatial-panel" aria-label={t('spatialTitle', lang)}>
      <h3>{t('spatialTitle', lang)}</h3>
      <div className="spatial-tools">
        {tool('polygon', 'spatialDrawPolygon')}
        {tool('rectangle', 'spatialDrawRectangle')}
        {tool('circle', 'spatialDrawCircle')}
        {within?.polygons.length === 1 && (active === 'edit'
          ? <button type="button" onClick={stopEditing}>{t('spatialEditDone', lang)}</button>
          : tool('edit', 'spatialEdit'))}
      </div>
      {active && active !== 'edit' && <p className="hint">{t('spatialDrawing', lang)}</p>}
      {(near || within) && (
        <p className="spatial-active" data-testid="spatial-active">
          {near && t('spatialActiveNear', lang, { lon: near.lon, lat: near.lat, km: near.km })}
          {near && within && ' · '}
          {within && t(within.outside ? 'spatialActiveOutside' : 'spatialActiveWithin', lang, { n: vertexCount(within.polygons) })}
          {' '}<button type="button" data-testid="spatial-clear" onClick={clearArea}>{t('spatialClear', lang)}</button>
        </p>
      )}
      {near && visible && <NearProjects model={model} features={features} visible={visible} near={near} lang={lang} dispatch={dispatch} />}
      {within && (
        <label className="check">
          <input type="checkbox" checked={within.outside} data-testid="spatial-outside" onChange={(e) => patch({ within: { ...within, outside: e.target.checked } })} />
          {t('spatialOutside', lang)}
        </label>
      )}
      <form className="spatial-near" onSubmit={(e) => { e.preventDefault(); applyNear(); }}>
        <h4>{t('spatialNearTitle', lang)}</h4>
        <label>{t('spatialCentre', lang)}<input value={centre} data-testid="near-centre" onChange={(e) => setCentre(e.target.value)} /></label>
        <label>{t('spatialRadius', lang)}<input type="number" min="0.001" max="1000" step="any" value={radius} data-testid="near-radius" onChange={(e) => setRadius(e.target.value)} /></label>
        <button type="submit">{t('spatialNearApply', lang)}</button>
      </form>
      <label className="file">{t('spatialLoadFile', lang)}
        <input type="file" accept=".geojson,.json,application/geo+json" data-testid="spatial-file" onChange={(e) => { const f = e.target.files?.[0]; if (f) void loadFile(f); e.target.value = ''; }} />
      </label>
      {error && <p className="error" role="alert" data-testid="spatial-error">{error}</p>}
    </section>
  );
}
