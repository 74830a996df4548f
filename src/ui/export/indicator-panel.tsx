import type { Lang } from '../../filters/state.ts';
import { t } from '../../i18n/strings.ts';
import { CLASS_METHODS, CORE_COUNT, MAX_CLASSES, MIN_CLASSES, manualBreaks, type ClassMethod } from '../../filters/indicator-state.ts';
import { choroplethLegend } from '../../layers/choropleth.ts';
import { cssColor } from '../../layers/palette.ts';
import type { Indicator } from './use-indicator.ts';

/** Colour the cities by a numeric column of the imported file: column, classing, classes, and the legend. */
export function IndicatorPanel({ indicator, lang }: { indicator: Indicator; lang: Lang }) {
  const { choice, setChoice, numeric, choropleth, missing } = indicator;
  if (!numeric.length) return missing ? <p className="small notice">{t('indicatorNoColumn', lang, { column: missing.column })}</p> : null;
  const column = choice.column && numeric.includes(choice.column) ? choice.column : null;
  return (
    <div className="indicator" data-testid="indicator-panel">
      {missing && <p className="small notice" data-testid="indicator-missing">{t('indicatorNoColumn', lang, { column: missing.column })}</p>}
      <label>{t('indicatorColumn', lang)}
        <select value={column ?? ''} onChange={(e) => setChoice({ ...choice, column: e.target.value || null })} data-testid="indicator-column">
          <option value="">{t('indicatorNone', lang)}</option>
          {numeric.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      </label>
      {column && (
        <>
          <label>{t('indicatorSecond', lang)}
            <select value={choice.second ?? ''} onChange={(e) => setChoice({ ...choice, second: e.target.value || null })} data-testid="indicator-second">
              <option value="">{t('indicatorSecondNone', lang)}</option>
              <option value={CORE_COUNT}>{t('indicatorCoreCount', lang)}</option>
              {numeric.filter((c) => c !== column && c !== CORE_COUNT).map((c) => <option key={c} value={c}>{c}</option>)}
            </select>
          </label>
          {!choropleth?.grid && (
            <label>{t('indicatorMethod', lang)}
              <select value={choice.method} onChange={(e) => setChoice({ ...choice, method: e.target.value as ClassMethod })} data-testid="indicator-method">
                {CLASS_METHODS.map((m) => <option key={m} value={m}>{t(`method.${m}`, lang)}</option>)}
              </select>
            </label>
          )}
          {choropleth?.grid ? null : choice.method === 'manual' ? (
            <label>{t('indicatorBreaks', lang)}
              <input type="text" defaultValue={choice.breaks.join(', ')} data-testid="indicator-breaks"
                onBlur={(e) => setChoice({ ...choice, breaks: manualBreaks(e.target.value.replace(/[，\s]+/g, ',')).breaks })} />
            </label>
          ) : (
            <label>{t('indicatorClasses', lang)}
              <input type="number" min={MIN_CLASSES} max={MAX_CLASSES} value={choice.classes} data-testid="indicator-classes"
                onChange={(e) => setChoice({ ...choice, classes: Math.max(MIN_CLASSES, Math.min(MAX_CLASSES, Number(e.target.value) || MIN_CLASSES)) })} />
            </label>
          )}
          {choropleth && !choropleth.grid && (
            <div className="legend-block" data-testid="indicator-legend">
              <p className="small"><b>{choroplethLegend(choropleth).title[lang]}</b></p>
              <ul className="small">
                {choroplethLegend(choropleth).entries.map((e, i) => (
                  <li key={i}><span className="swatch" style={{ background: cssColor(e.swatch), display: 'inline-block', width: 14, height: 10 }} /> {e.label[lang]}{e.count === null ? '' : ` (${e.count})`}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </div>
  );
}
