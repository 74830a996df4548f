import type { Lang } from '../filters/state.ts';
import type { LegendSection } from '../layers/legend.ts';
import { cssColor } from '../layers/palette.ts';

/** Draws the legend entries that layers/legend.ts computed for the current view. */
export function Legend({ sections, lang, note }: { sections: LegendSection[]; lang: Lang; note: string }) {
  return (
    <div className="legend" aria-label={lang === 'zh' ? '图例' : 'Legend'}>
      {sections.map((s) => (
        <div key={s.title.en} className={`legend-section${s.entries.every((e) => e.shape === 'dot') ? ' legend-grid' : ''}`}>
          <h3>{s.title[lang]}</h3>
          <ul>
            {s.entries.map((e) => (
              <li key={e.label.en}>
                {e.shape === 'mark'
                  ? <span className="swatch swatch-mark" aria-hidden="true">{e.mark}</span>
                  : <span className={`swatch swatch-${e.shape}`} style={e.shape === 'line' ? { borderColor: cssColor(e.swatch) } : { background: cssColor(e.swatch) }} />}
                <span>{e.label[lang]}</span>
                {e.count !== null && <span className="count">{e.count}</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
      <p className="legend-note">{note}</p>
    </div>
  );
}
