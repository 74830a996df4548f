import { useRef, useState } from 'react';
import type { Lang } from '../../filters/state.ts';
import type { ImportDatum } from '../../import/datum.ts';
import { IndicatorPanel } from './indicator-panel.tsx';
import type { Indicator } from './use-indicator.ts';
import { t } from '../../i18n/strings.ts';
import type { ImportIssue } from '../../import/index.ts';
import type { ImportStatus } from './use-import.ts';

const SHOWN = 20;

function IssueList({ issues, lang }: { issues: ImportIssue[]; lang: Lang }) {
  const [all, setAll] = useState(false);
  const list = all ? issues : issues.slice(0, SHOWN);
  return (
    <>
      <ul className="issues">
        {list.map((i, n) => (
          <li key={n}>
            {i.row !== null && <b>{t('row', lang, { n: i.row })}</b>}{i.field && <code>{i.field}</code>} {lang === 'zh' ? i.message_zh : i.message_en}
          </li>
        ))}
      </ul>
      {issues.length > SHOWN && !all && <button type="button" className="link" onClick={() => setAll(true)}>{t('showAll', lang, { n: issues.length })}</button>}
    </>
  );
}

/** The import button and what became of the last file: its layer, its warnings, or every error. */
export function ImportPanel({ status, lang, count, onFile, onClear, onKeepValid, onDismiss, datum = 'wgs84', onDatum, indicator }: {
  status: ImportStatus; lang: Lang; count: [number, number] | null; onFile: (f: File) => void; onClear: () => void;
  onKeepValid?: () => void; onDismiss?: () => void; // a refused file: keep its valid rows, or go back to the layer kept
  datum?: ImportDatum; onDatum?: (d: ImportDatum) => void; // a file in GCJ-02 is converted to WGS84 on import
  indicator?: Indicator;                                    // colouring the cities by a numeric column
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className="import" data-testid="import-panel">
      <h2>{t('importTitle', lang)}</h2>
      <button type="button" onClick={() => input.current?.click()}>{t('importPick', lang)}</button>
      <input ref={input} type="file" accept=".geojson,.json,.csv,.txt,.zip,.kml,.kmz,.gpkg" hidden data-testid="import-input"
        onChange={(e) => { const f = e.target.files?.[0]; if (f) onFile(f); e.target.value = ''; }} />
      <p className="muted small">{t('importHint', lang)} {t('importGisHint', lang)}</p>
      {onDatum && <label className="small"><input type="checkbox" checked={datum === 'gcj02'} onChange={(e) => onDatum(e.target.checked ? 'gcj02' : 'wgs84')} data-testid="import-gcj02" /> {t('importGcj02', lang)}</label>}
      {status.kind === 'busy' && <p role="status">{t('importBusy', lang, { name: status.name })}</p>}
      {status.kind === 'loaded' && (
        <div className="import-result" data-testid="import-loaded">
          <p><span className="kind-dot imported-dot" aria-hidden="true" /> <b>{status.layer.name}</b> · {t('importShown', lang, { n: count?.[0] ?? 0, N: count?.[1] ?? 0 })}
            {' '}<button type="button" className="link danger" onClick={onClear}>{t('importRemove', lang)}</button></p>
          {indicator && <IndicatorPanel indicator={indicator} lang={lang} />}
          {status.warnings.length > 0 && <details><summary>{t('importWarnings', lang, { n: status.warnings.length })}</summary><IssueList issues={status.warnings} lang={lang} /></details>}
        </div>
      )}
      {status.kind === 'failed' && (
        <div className="import-error" role="alert" data-testid="import-errors">
          <p><b>{t('importFailed', lang, { name: status.name })}</b> <button type="button" className="link" onClick={onDismiss ?? onClear}>{t('dismiss', lang)}</button></p>
          {status.partial && onKeepValid && (
            <p><button type="button" data-testid="import-keep-valid" onClick={onKeepValid}>
              {t('importKeepValid', lang, { n: status.partial.layer.features.length, skipped: status.partial.skipped.length })}
            </button></p>
          )}
          <IssueList issues={status.errors} lang={lang} />
          {status.kept && <p className="muted small" data-testid="import-kept">{t('importKept', lang, { name: status.kept.layer.name })}</p>}
        </div>
      )}
    </section>
  );
}
