import type { Lang } from '../../filters/state.ts';
import { keyLabel, NAVIGATION_KEYS, SHORTCUTS } from '../../present/keys.ts';
import { t } from '../../i18n/strings.ts';

/** The keyboard shortcuts, grouped by what they do (keys with the same action share a row). */
export function HelpOverlay({ lang, onClose }: { lang: Lang; onClose: () => void }) {
  const rows = new Map<string, { label: string; keys: string[] }>();
  for (const s of SHORTCUTS) {
    const label = t(s.label, lang);
    const row = rows.get(label) ?? { label, keys: [] };
    row.keys.push(keyLabel(s.key, lang));
    rows.set(label, row);
  }
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={t('shortcuts', lang)} data-testid="help-overlay" onClick={onClose}>
      <div className="overlay-card" onClick={(e) => e.stopPropagation()}>
        <header><h2>{t('shortcuts', lang)}</h2><button type="button" className="close" aria-label={t('close', lang)} onClick={onClose}>×</button></header>
        <table className="shortcuts">
          <tbody>
            {[...rows.values()].map((r) => (
              <tr key={r.label}><td>{r.keys.map((k) => <kbd key={k}>{k}</kbd>)}</td><td>{r.label}</td></tr>
            ))}
            {NAVIGATION_KEYS.map((r) => (
              <tr key={r.label}><td>{r.keys.map((k) => <kbd key={k}>{k}</kbd>)}</td><td>{t(r.label, lang)}</td></tr>
            ))}
          </tbody>
        </table>
        <p className="muted">{t('shortcutsNote', lang)}</p>
      </div>
    </div>
  );
}
