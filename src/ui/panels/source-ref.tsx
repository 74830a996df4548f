import type { Lang } from '../../filters/state.ts';
import type { Document, SourceRef } from '../../model/index.ts';
import { t } from '../../i18n/strings.ts';

/** A fact's source, one click away: document, section and the verbatim quote. */
export function SourceNote({ source, documents, lang }: { source: SourceRef; documents: Document[]; lang: Lang }) {
  const doc = documents.find((d) => d.id === source.doc);
  return (
    <details className="source">
      <summary aria-label={t('source', lang)}>ⓘ</summary>
      <div className="source-body">
        <div className="source-doc">{doc ? (lang === 'zh' ? doc.title_zh : doc.title_en) : source.doc}</div>
        <div className="source-section">{source.section}</div>
        <blockquote lang="zh">“{source.quote}”</blockquote>
      </div>
    </details>
  );
}
