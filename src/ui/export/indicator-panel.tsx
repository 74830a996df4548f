import type { Lang } from '../../filters/state.ts';
import { te } from '../../i18n/export-strings.ts';
import { CLASS_METHODS, MAX_CLASSES, MIN_CLASSES, choroplethLegend, type ClassMethod } from '../../layers/choropleth.ts';
import { cssColor } from '../../layers/palette.ts';
import type { Indicator } from './use-indicator.ts';

/** Colour the cities by a numeric column of the imported file: column, classing, classes, and the legend. */
export function IndicatorPanel({ indicator, lang }: { indicator: Indicator; lang: Lang }) {
  const { choice, setChoice, numeric, choropleth } = indicator;
  if (!numeric.length) return null;
  return (
    <div className="indicator" data-testid="indicator-panel">
      <label>{te('indicatorColumn', lang)}
        <select value={choice.column ?? ''} onChange={(e) => setChoice({ ...choice, column: e.target.value || null })} data-testid="indicator-column">
          <option value="">{te('indicatorNone', lang)}</option>
          {numeric.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      </label>
      {choice.column && (
        <>
          <label>{te('indicatorMethod', lang)}
            <select value={choice.method} onChange={(e) => setChoice({ ...choice, method: e.target.value as ClassMethod })} data-testid="indicator-method">
              {CLASS_METHODS.map((m) => <option key={m} value={m}>{te(`method.${m}`, lang)}</option>)}
            </select>
          </label>
          {choice.method === 'manual' ? (
            <label>{te('indicatorBreaks', lang)}
              <input type="text" defaultValue={choice.manual.join(', ')} data-testid="indicator-breaks"
                onBlur={(e) => setChoice({ ...choice, manual: e.target.value.split(/[,，\s]+/).map(Number).filter(Number.isFinite) })} />
            </label>
          ) : (
            <label>{te('indicatorClasses', lang)}
              <input type="number" min={MIN_CLASSES} max={MAX_CLASSES} value={choice.classes} data-testid="indicator-classes"
                onChange={(e) => setChoice({ ...choice, classes: Math.max(MIN_CLASSES, Math.min(MAX_CLASSES, Number(e.target.value) || MIN_CLASSES)) })} />
            </label>
          )}
          {choropleth && (
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
