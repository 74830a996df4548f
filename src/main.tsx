import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/app.tsx';
import { LoadErrorView } from './ui/error-banner.tsx';
import { loadAppData, type AppData } from './ui/load-app-data.ts';
import './ui/styles.css';

type Status = { kind: 'loading' } | { kind: 'ready'; data: AppData } | { kind: 'failed'; message: string };

function Root() {
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    setStatus({ kind: 'loading' });
    loadAppData().then(
      (data) => setStatus({ kind: 'ready', data }),
      (e: unknown) => setStatus({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
  }, [attempt]);
  if (status.kind === 'failed') return <LoadErrorView message={status.message} onRetry={() => setAttempt((n) => n + 1)} />;
  if (status.kind === 'loading') return <div className="loading" role="status">正在加载地图数据… Loading map data…</div>;
  return <App data={status.data} />;
}

createRoot(document.getElementById('root')!).render(<StrictMode><Root /></StrictMode>);
