import type { Dispatch } from 'react';
import type { Lang } from '../../filters/state.ts';
import { t } from '../../i18n/strings.ts';
import type { Model, ZoneId } from '../../model/index.ts';
import { SidePanel } from './side-panel.tsx';
import { SourceNote } from './source-ref.tsx';
import type { Action } from '../store.ts';

/** A zone of 一核一带一区: its development direction as the plan words it, and its cities. */
export function ZonePanel({ zone, model, lang, dispatch }: { zone: ZoneId; model: Model; lang: Lang; dispatch: Dispatch<Action> }) {
  const zh = lang === 'zh';
  const z = model.zones.find((x) => x.id === zone)!;
  const cities = model.cities.filter((c) => c.zone === zone);
  return (
    <SidePanel named={z} lang={lang} testId="zone-panel" onClose={() => dispatch({ type: 'zone/select', zone: null })}>
      <p>{zh ? z.direction_zh : z.direction_en} <SourceNote source={z.source} documents={model.sources} lang={lang} /></p>
      <h3>{t('zoneCities', lang, { n: cities.length })}</h3>
      <ul className="mentions">
        {cities.map((c) => (
          <li key={c.id}><button type="button" className="link" onClick={() => dispatch({ type: 'select', city: c.id })}>{zh ? c.name_zh : c.name_en}</button></li>
        ))}
      </ul>
    </SidePanel>
  );
}
