import { useId, useMemo, useState } from 'react';
import type { Lang } from '../../filters/state.ts';
import { search, type SearchMatch } from '../../filters/search.ts';
import type { Model } from '../../model/index.ts';

/** Finds cities and clusters by Chinese, English or pinyin; Enter picks the first (or highlighted) match. */
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
        aria-label={zh ? '搜索城市、产业集群或项目' : 'Search cities, clusters or projects'}
        placeholder={zh ? '搜索城市、集群、项目（中文 / English / pinyin）' : 'Search cities, clusters, projects (中文 / English / pinyin)'}
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
      {matches.length > 0 && (
        <ul id={listId} role="listbox" className="search-results">
          {matches.map((m, i) => (
            <li key={`${m.kind}-${m.id}`} id={`${listId}-${i}`} role="option" aria-selected={i === active}
              onMouseDown={(e) => { e.preventDefault(); pick(m); }}>
              <span className="kind">{{ city: zh ? '城市' : 'City', cluster: zh ? '集群' : 'Cluster', project: zh ? '项目' : 'Project', corridor: zh ? '轴带' : 'Axis' }[m.kind]}</span>
              {zh ? m.label_zh : m.label_en} <span className="muted">{zh ? m.label_en : m.label_zh}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
