import type { KeyboardEvent } from 'react';
import type { Lang } from '../../filters/state.ts';
import type { Document, SourceRef } from '../../model/index.ts';
import type { TableEvidence } from '../../model/evidence.ts';
import { t } from '../../i18n/strings.ts';

/**
 * Closes an open source popover, if any, and gives its ⓘ the focus back: Escape closes the innermost
 * thing that is open, and a popover is inside every panel (src/ui/present/use-presenter.ts asks first).
 */
export function closeOpenSourceNote(): boolean {
  const open = document.querySelector<HTMLDetailsElement>('details.source[open]');
  if (!open) return false;
  open.open = false;
  open.querySelector('summary')?.focus();
  return true;
}

/** Escape on a focused popover closes it and stops there (the app's own listener asks closeOpenSourceNote first). */
const onKeyDown = (e: KeyboardEvent<HTMLDetailsElement>) => {
  if (e.key === 'Escape' && e.currentTarget.open) { e.currentTarget.open = false; e.stopPropagation(); }
};

/**
 * A fact's source, one click away: document, section and the verbatim quote; for a fact read from a
 * table (a rank, a zone), the table, the row, the column under its group heading and the cell as printed.
 */
export function SourceNote({ source, documents, lang, evidence }: { source: SourceRef; documents: Document[]; lang: Lang; evidence?: TableEvidence }) {
  const doc = documents.find((d) => d.id === (evidence?.doc ?? source.doc));
  const inChinese = lang === 'zh' ? null : <span className="muted"> {t('inChinese', lang)}</span>;
  return (
    <details className="source" onKeyDown={onKeyDown}>
      <summary aria-label={t('source', lang)}>ⓘ</summary>
      <div className="source-body" data-testid="source-body">
        <div className="source-doc">{doc ? (lang === 'zh' ? doc.title_zh : doc.title_en) : source.doc}</div>
        {evidence ? <TableEvidenceView evidence={evidence} lang={lang} /> : <>
          <div className="source-section"><span lang="zh">{source.section}</span>{inChinese}</div>
          <blockquote lang="zh">“{source.quote}”</blockquote>
        </>}
      </div>
    </details>
  );
}

/** Table evidence as text: 表 / 行 / 列 (group › column) / the cell as printed. */
function TableEvidenceView({ evidence: e, lang }: { evidence: TableEvidence; lang: Lang }) {
  return (
    <>
      <dl className="evidence" data-testid="table-evidence">
        <dt>{t('evidenceTable', lang)}</dt><dd lang="zh">{e.table}</dd>
        {e.row !== null && <><dt>{t('evidenceRow', lang)}</dt><dd lang="zh">{e.row}</dd></>}
        <dt>{t('evidenceColumn', lang)}</dt><dd lang="zh">{e.group} › {e.column}</dd>
        {e.cell !== null && <>
          <dt>{t('evidenceCell', lang)}</dt>
          <dd data-testid="evidence-cell">
            {e.cell === '' ? t('evidenceBlank', lang) : <strong className="stars">{e.cell}</strong>}
            {e.cell === '★★★★' && <span className="muted"> {t('inParens', lang, { text: t('evidenceFourStars', lang) })}</span>}
          </dd>
        </>}
      </dl>
      <div className="source-section">{t('evidenceNote', lang)}</div>
    </>
  );
}
