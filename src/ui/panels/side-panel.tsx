import type { ReactNode } from 'react';
import type { Lang } from '../../filters/state.ts';
import { t } from '../../i18n/strings.ts';

interface Named { name_zh: string; name_en: string }

/** The right-hand panel: a bilingual title (the other language small), a close button, the content. */
export function SidePanel({ named, lang, testId, onClose, children }: { named: Named; lang: Lang; testId: string; onClose: () => void; children: ReactNode }) {
  const [main, other] = lang === 'zh' ? [named.name_zh, named.name_en] : [named.name_en, named.name_zh];
  return (
    <aside className="detail" aria-label={main} data-testid={testId} tabIndex={-1}>
      <header>
        <h2>{main} {other !== main && <small lang={lang === 'zh' ? 'en' : 'zh'}>{other}</small>}</h2>
        <button type="button" className="close" aria-label={t('close', lang)} onClick={onClose}>×</button>
      </header>
      {children}
    </aside>
  );
}
