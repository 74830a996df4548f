import { useId, useMemo, useState } from 'react';
import type { Lang } from '../../filters/state.ts';
import { search, type SearchMatch } from '../../filters/search.ts';
import type { Model } from '../../model/index.ts';
import { t } from '../../i18n/strings.ts';

/** Finds cities, zones, metropolitan areas, clusters and projects as the q filter does; Enter picks the first (or highlighted) match; says when nothing matches. */
export function SearchBox({ model, lang, onPick }: { model: Model; lang: Lang; onPick: (m: SearchMatch) => void }) {
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => search(model, text), [model, text]);
  const listId = useId();
  const zh = lang === 'zh';
  const pick = (m: SearchMatch | undefined) => {
    if (!m) return;
    onPick(m);
    setText('');
    setActive(0);
  };
  return (
    <div className="search">
      <input
        type="search"
        role="combobox"
        aria-expanded={matches.length > 0}
        aria-controls={listId}
        aria-activedescendant={matches[active] ? `${listId}-${active}` : undefined}
        aria-label={t('searchLabel', lang)}
        placeholder={t('searchPlaceholder', lang)}
        value={text}
        maxLength={100}
        onChange={(e) => { setText(e.target.value); setActive(0); }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') { e.preventDefault(); setActive((i) => Math.min(i + 1, matches.length - 1)); }
          else if (e.key === 'ArrowUp') { e.preventDefault(); setActive((i) => Math.max(i - 1, 0)); }
          else if (e.key === 'Enter') { e.preventDefault(); pick(matches[active]); }
          else if (e.key === 'Escape') setText('');
        }}
      />
      {matches.length === 0 && text.trim() !== '' && (
        <p className="search-results search-empty" role="status" data-testid="search-empty">{t('noMatches', lang, { q: text.trim() })}</p>
      )}
      {matches.length > 0 && (
        <ul id={listId} role="listbox" className="search-results">
          {matches.map((m, i) => (
            <li key={`${m.kind}-${m.id}`} id={`${listId}-${i}`} role="option" aria-selected={i === active}
              onMouseDown={(e) => { e.preventDefault(); pick(m); }}>
              <span className="kind">{t(`match.${m.kind}`, lang)}</span>
              {zh ? m.label_zh : m.label_en} <span className="muted">{zh ? m.label_en : m.label_zh}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
