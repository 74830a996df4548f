import { toQuery } from '../../filters/query.ts';
import type { UrlState } from '../../filters/state.ts';
import { download } from './download.ts';

/**
 * The one-file app opened at the page's view (src/export/offline-html.ts): rebuilt from the page itself
 * when it is the one-file app, else the build's guangdong-map.html next to index.html with the view put in.
 */
async function offlineMapText(query: string): Promise<string> {
  const { OFFLINE_FILE_NAME, offlineHtml, withView } = await import('../../export/offline-html.ts');
  if (document.getElementById('gd-app')) {
    const { embeddedParts } = await import('../map/offline-sources.ts');
    return offlineHtml(embeddedParts(), query);
  }
  const url = new URL(OFFLINE_FILE_NAME, location.href);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return withView(await response.text(), query);
}

/** Saves the one-file app at the current view (layers, filters, selection, camera, language, presenting). */
export async function saveOfflineMap(state: UrlState): Promise<void> {
  const { OFFLINE_FILE_NAME } = await import('../../export/offline-html.ts');
  download(new Blob([await offlineMapText(toQuery(state))], { type: 'text/html;charset=utf-8' }), OFFLINE_FILE_NAME);
}
