import type { Dispatch } from 'react';
import type { Lang } from '../filters/state.ts';
import { t } from '../i18n/strings.ts';
import type { Model, ZoneId } from '../model/index.ts';
import { SourceNote } from './source-ref.tsx';
import type { Action } from './store.ts';

/** A zone of 一核一带一区: its development direction as the plan words it, and its cities. */
export function ZonePanel({ zone, model, lang, dispatch }: { zone: ZoneId; model: Model; lang: Lang; dispatch: Dispatch<Action> }) {
  const zh = lang === 'zh';
  const z = model.zones.find((x) => x.id === zone)!;
  const cities = model.cities.filter((c) => c.zone === zone);
  return (
    <aside className="detail" aria-label={zh ? z.name_zh : z.name_en} data-testid="zone-panel">
      <header>
        <h2>{zh ? z.name_zh : z.name_en} <small>{zh ? z.name_en : z.name_zh}</small></h2>
        <button type="button" className="close" aria-label={t('close', lang)} onClick={() => dispatch({ type: 'zone/select', zone: null })}>×</button>
      </header>
      <p>{zh ? z.direction_zh : z.direction_en} <SourceNote source={z.source} documents={model.sources} lang={lang} /></p>
      <h3>{t('zoneCities', lang, { n: cities.length })}</h3>
      <ul className="mentions">
        {cities.map((c) => (
          <li key={c.id}><button type="button" className="link" onClick={() => dispatch({ type: 'select', city: c.id })}>{zh ? c.name_zh : c.name_en}</button></li>
        ))}
      </ul>
    </aside>
  );
}
