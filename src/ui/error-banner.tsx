import { Component, type ReactNode } from 'react';
import type { QueryWarning } from '../filters/query.ts';
import type { Lang } from '../filters/state.ts';
import { bilingual, t } from '../i18n/strings.ts';

/** Lists the URL parameters that were dropped or changed, each with what happened to it, once, until dismissed. */
export function WarningBanner({ warnings, lang, onDismiss }: { warnings: QueryWarning[]; lang: Lang; onDismiss: () => void }) {
  if (!warnings.length) return null;
  return (
    <div className="banner banner-warning" role="status">
      <span>{t('warnings', lang)} </span>
      {warnings.slice(0, 5).map((w, i) => (
        <span key={i} className="warning-item" data-kind={w.kind}><code>{w.param}={w.value}</code> {t(`warning.${w.kind}`, lang)}</span>
      ))}
      {warnings.length > 5 && <span> … (+{warnings.length - 5})</span>}
      <button type="button" onClick={onDismiss}>{t('dismiss', lang)}</button>
    </div>
  );
}

/** A full-page error with a retry, instead of a blank page (src/ui/frame.ts draws the same before React has loaded). */
export function LoadErrorView({ message, onRetry, title }: { message: string; onRetry: () => void; title: string }) {
  return (
    <div className="load-error" role="alert">
      <h1>{title}</h1>
      <pre>{message}</pre>
      <button type="button" onClick={onRetry}>{bilingual('retry')}</button>
    </div>
  );
}

/**
 * Catches an error thrown while rendering (or in an effect of) the app, so a bug shows what failed and
 * a retry instead of a blank page. Retrying renders the app afresh from the URL (the state the failed
 * render was reaching never got there).
 */
export class AppErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };
  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }
  render() {
    if (!this.state.error) return this.props.children;
    return <LoadErrorView title={bilingual('renderFailed')} message={this.state.error.message} onRetry={() => this.setState({ error: null })} />;
  }
}
