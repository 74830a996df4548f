import type { Dispatch } from 'react';
import type { Lang } from '../../filters/state.ts';
import { t } from '../../i18n/strings.ts';
import { CORRIDOR_COLORS } from '../../layers/corridor-palette.ts';
import { cssColor } from '../../layers/palette.ts';
import type { Corridor } from '../../model/index.ts';
import type { Action } from '../store.ts';

/** "This city lies on …": the axes and belts through a city, each opening its own panel. */
export function CityCorridors({ corridors, lang, dispatch }: { corridors: Corridor[]; lang: Lang; dispatch: Dispatch<Action> }) {
  if (corridors.length === 0) return null;
  const zh = lang === 'zh';
  return <>
    <h3>{t('cityCorridors', lang, { n: corridors.length })}</h3>
    <ul className="mentions project-list" data-testid="city-corridors">
      {corridors.map((c) => (
        <li key={c.id}>
          <span className="kind-dot" style={{ background: cssColor(CORRIDOR_COLORS[c.kind]) }} aria-hidden="true" />
          <button type="button" className="link" onClick={() => dispatch({ type: 'corridor/select', corridor: c.id })}>{zh ? c.name_zh : c.name_en}</button>
          <span className="muted"> · {t(`corridorKind.${c.kind}`, lang)}{c.placement === 'public' ? ` · ${t('corridorPlacement.public', lang)}` : ''}</span>
        </li>
      ))}
    </ul>
  </>;
}
