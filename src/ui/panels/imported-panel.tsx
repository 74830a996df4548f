import type { Dispatch } from 'react';
import type { Lang } from '../../filters/state.ts';
import type { ImportedLayer } from '../../import/index.ts';
import { nameIn, t } from '../../i18n/strings.ts';
import type { Model } from '../../model/index.ts';
import { SidePanel } from './side-panel.tsx';
import type { Action } from '../store.ts';

/** One feature of the analyst's imported file: every property as text, and the city it lies in. */
export function ImportedPanel({ layer, id, model, lang, dispatch }: { layer: ImportedLayer; id: string; model: Model; lang: Lang; dispatch: Dispatch<Action> }) {
  const feature = layer.features.find((f) => f.id === id);
  if (!feature) return null;
  const title = `${layer.name} · ${feature.id}`;
  return (
    <SidePanel named={{ name_zh: title, name_en: title }} lang={lang} testId="imported-panel" onClose={() => dispatch({ type: 'imported/select', id: null })}>
      <dl>
        <dt>{t('importedCity', lang)}</dt>
        <dd>{feature.city
          ? <button type="button" className="link" onClick={() => dispatch({ type: 'select', city: feature.city })}>{nameIn(model.cities, feature.city, lang)}</button>
          : '—'}</dd>
      </dl>
      <h3>{t('importedColumns', lang, { n: layer.columns.length })}</h3>
      <dl className="imported-props">
        {layer.columns.map((c) => (
          <div key={c}><dt>{c}</dt><dd>{String(feature.properties[c] ?? '')}</dd></div>
        ))}
      </dl>
    </SidePanel>
  );
}
