import { StrictMode, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Lang } from './filters/state.ts';
import { t } from './i18n/strings.ts';
import type { AppData } from './ui/app-module.ts';
import { AppErrorBoundary, LoadErrorView } from './ui/error-banner.tsx';
import { firstViewDrawn, startMapEarly } from './ui/map-host.ts';
import firstView from 'virtual:first-view';
import './ui/styles.css';

type AppModule = typeof import('./ui/app-module.ts');
type Status = { kind: 'loading' } | { kind: 'ready'; app: AppModule; data: AppData } | { kind: 'failed'; message: string };

/** The app and its data (index.html preloads both: they download while the map starts). */
const loadApp = () => import('./ui/app-module.ts').then(async (app) => ({ app, data: await app.loadAppData() }));
let firstLoad: ReturnType<typeof loadApp> | null = null; // one first load, though StrictMode (dev) runs effects twice

/**
 * What the frame needs from the URL before the app's own parser (src/filters/query.ts, with zod) has
 * loaded: a guess that the parser confirms or corrects once the app renders.
 */
function frameHints(): { lang: Lang; present: boolean; hasView: boolean; plain: boolean } {
  const params = new URLSearchParams(location.search);
  const lang = params.get('lang') === 'en' ? 'en' : 'zh';
  const plain = [...params.keys()].every((key) => key === 'lang') && (!params.has('lang') || params.get('lang') === lang);
  return { lang, present: params.get('present') === '1', hasView: params.has('view'), plain };
}

/** The app's frame while the rest loads; the map starts in its place (see map-host.ts). */
function LoadingView() {
  const slot = useRef<HTMLDivElement>(null);
  const { lang, present, hasView, plain } = frameHints();
  // a link with a view waits for the parser, rather than showing the province and then jumping
  useLayoutEffect(() => { if (!hasView) startMapEarly(slot.current!, { lang, view: null }, plain ? firstView[lang] : undefined); }, [hasView, lang, plain]);
  return (
    <div className={`app ${present ? 'presenting' : ''}`}>
      <header className="topbar">
        <div className="brand">
          <h1>{t('title', lang)}</h1>
          <p>{t('subtitle', lang)}</p>
        </div>
      </header>
      <main className="workspace">
        {!present && <aside className="panel"><p className="loading-note" role="status">正在加载地图数据… Loading map data…</p></aside>}
        <div className="stage"><div ref={slot} className="map" /></div>
      </main>
    </div>
  );
}

function Root() {
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    setStatus({ kind: 'loading' });
    // a map that draws its whole first view gets the machine first (see firstViewDrawn)
    const loading = attempt === 0 ? (firstLoad ??= firstViewDrawn().then(loadApp)) : loadApp();
    loading.then(
      ({ app, data }) => setStatus({ kind: 'ready', app, data }),
      (e: unknown) => setStatus({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
  }, [attempt]);
  if (status.kind === 'failed') return <LoadErrorView message={status.message} onRetry={() => setAttempt((n) => n + 1)} />;
  if (status.kind === 'loading') return <LoadingView />;
  return <AppErrorBoundary><status.app.App data={status.data} /></AppErrorBoundary>;
}

createRoot(document.getElementById('root')!).render(<StrictMode><Root /></StrictMode>);
