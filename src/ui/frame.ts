import type { ShowState } from '../filters/state.ts';
import { frameBilingual, frameText } from '../i18n/frame-strings.ts';

// The page's frame and its load error, drawn with the DOM alone: the first script carries MapLibre and
// nothing else (React, zod and the app come with src/ui/boot.tsx). Text goes in as text, never as HTML.

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, parent: HTMLElement, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  parent.appendChild(node);
  return node;
}

/** The app's frame (the same header, panel and stage the app draws) while the rest loads; returns the map's slot. */
export function renderFrame(root: HTMLElement, { lang, present }: Pick<ShowState, 'lang' | 'present'>): HTMLElement {
  root.replaceChildren();
  const app = element('div', `app ${present ? 'presenting' : ''}`, root);
  const brand = element('div', 'brand', element('header', 'topbar', app));
  element('h1', '', brand, frameText('title', lang));
  element('p', '', brand, frameText('subtitle', lang));
  const workspace = element('main', 'workspace', app);
  if (!present) element('p', 'loading-note', element('aside', 'panel', workspace), frameBilingual('loading', ' ')).setAttribute('role', 'status');
  return element('div', 'map', element('div', 'stage', workspace));
}

/** A full-page error with a retry, instead of a blank page (a render error of the app shows the same in React: LoadErrorView). */
export function renderLoadError(root: HTMLElement, message: string, onRetry: () => void): void {
  root.replaceChildren();
  const box = element('div', 'load-error', root);
  box.setAttribute('role', 'alert');
  element('h1', '', box, frameBilingual('loadFailed'));
  element('pre', '', box, message);
  const retry = element('button', '', box, frameBilingual('retry'));
  retry.type = 'button';
  retry.addEventListener('click', onRetry, { once: true });
}
