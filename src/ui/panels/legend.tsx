import type { Lang } from '../../filters/state.ts';
import { t } from '../../i18n/strings.ts';
import type { LegendEntry, LegendSection } from '../../layers/legend.ts';
import { cssColor } from '../../layers/palette.ts';
import { BivariateSquare } from './bivariate-square.tsx';

interface Props { sections: LegendSection[]; lang: Lang; note: string; open: boolean; onToggle: () => void; onOpen?: (target: NonNullable<LegendEntry['opens']>) => void }

/** Draws the legend entries that layers/legend.ts computed for the current view, or only its title when folded. */
export function Legend({ sections, lang, note, open, onToggle, onOpen }: Props) {
  return (
    <section className={`legend${open ? '' : ' legend-folded'}`} aria-label={t('legend', lang)}>
      <button type="button" className="legend-toggle" aria-expanded={open} onClick={onToggle}
        title={t(open ? 'legendFold' : 'legendShow', lang)}>
        {t('legend', lang)} <span aria-hidden="true">{open ? '▾' : '▸'}</span>
      </button>
      {open && sections.map((s) => (
        <div key={s.title.en} className={`legend-section${s.entries.every((e) => e.shape === 'dot') ? ' legend-grid' : ''}`}>
          <h3>{s.title[lang]}</h3>
          {s.grid ? <BivariateSquare grid={s.grid} lang={lang} /> : <ul>
            {s.entries.map((e) => (
              <li key={e.label.en}>
                {e.shape === 'mark'
                  ? <span className="swatch swatch-mark" aria-hidden="true">{e.mark}</span>
                  : <span className={`swatch swatch-${e.shape}`} style={e.shape === 'line' ? { borderColor: cssColor(e.swatch) } : { background: cssColor(e.swatch) }} />}
                {e.opens && onOpen
                  ? <button type="button" className="link legend-open" title={t('legend.openArea', lang, { name: e.label[lang] })} onClick={() => onOpen(e.opens!)}>{e.label[lang]}</button>
                  : <span>{e.label[lang]}</span>}
                {e.count !== null && <span className="count">{e.count}</span>}
              </li>
            ))}
          </ul>}
        </div>
      ))}
      {open && <p className="legend-note">{note}</p>}
    </section>
  );
}
