// Everything behind the first view, loaded with import() by src/main.ts once the map has drawn it:
// React, zod, the model and the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { parseQuery } from '../filters/query.ts';
import { App } from './app.tsx';
import { AppErrorBoundary } from './error-banner.tsx';
import { loadAppData } from './load-app-data.ts';
import type { EarlyMap } from './map/map-host.ts';

/** What the page's first script hands the app: the URL it parsed and the map it started (if any). */
export interface Startup { url: ReturnType<typeof parseQuery>; early: EarlyMap | null }

/** Loads and validates the data, then renders the app over the frame; throws a readable Error on bad data. */
export async function boot(root: HTMLElement, startup: Startup): Promise<void> {
  const data = await loadAppData();
  createRoot(root).render(<StrictMode><AppErrorBoundary><App data={data} startup={startup} /></AppErrorBoundary></StrictMode>);
}
