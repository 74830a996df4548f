import type { Map as MapLibreMap } from 'maplibre-gl';
import { useState, type MutableRefObject } from 'react';
import type { Lang } from '../../filters/state.ts';
import { t } from '../../i18n/strings.ts';
import type { DrawTool, Measurement } from './draw-session.ts';
import { drawSessionOf, useDrawingFlag } from './session.ts';

const formatNumber = (n: number) => (n >= 100 ? n.toFixed(1) : n.toFixed(2));

/** Measure a distance (km) or an area (km², geodesic, turf): not a filter, not in the URL; kept when presenting. */
export function MeasureTools({ lang, mapRef }: { lang: Lang; mapRef: MutableRefObject<MapLibreMap | null> }) {
  const [active, setActive] = useState<DrawTool | null>(null);
  const [measure, setMeasure] = useState<Measurement | null>(null);
  useDrawingFlag(mapRef, active);
  const start = (tool: 'measure-line' | 'measure-area') => {
    const pending = drawSessionOf(mapRef);
    if (!pending) return;
    setActive(tool);
    void pending.then((s) => s.start(tool, () => {}, (m) => { setActive(null); setMeasure(m); s.stop(); }));
  };
  const clear = () => { setActive(null); setMeasure(null); void drawSessionOf(mapRef)?.then((s) => s.clear()); };
  return (
    <span className="measure-tools keep-in-present" role="group" aria-label={t('measureTitle', lang)}>
      <button type="button" aria-pressed={active === 'measure-line'} data-testid="spatial-measure-line" onClick={() => start('measure-line')}>{t('measureDistance', lang)}</button>
      <button type="button" aria-pressed={active === 'measure-area'} data-testid="spatial-measure-area" onClick={() => start('measure-area')}>{t('measureArea', lang)}</button>
      {measure && (
        <>
          <output className="measure" data-testid="measure-readout" data-value={measure.value}>
            {measure.kind === 'line' ? t('measureKm', lang, { km: formatNumber(measure.value) }) : t('measureKm2', lang, { km2: formatNumber(measure.value) })}
          </output>
          <button type="button" onClick={clear} aria-label={t('measureClear', lang)}>✕</button>
        </>
      )}
    </span>
  );
}
