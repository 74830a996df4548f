import postcss, { type AtRule, type Rule } from 'postcss';
import type { Plugin } from 'vite';

// MapLibre's stylesheet styles every control it ships: zoom, compass, geolocate, fullscreen, terrain and
// globe buttons, the logo, popups and markers, each with inline SVG icons (10 kB gzip, in the first
// view's CSS). The app adds none of these (src/ui/map/map-host.ts: the attribution control, non-compact,
// and its own scale and north arrow); rules that style only them are left out of the build.

/** Class names of MapLibre parts the app never creates. */
const UNUSED = [
  'ctrl-geolocate', 'ctrl-compass', 'ctrl-zoom-in', 'ctrl-zoom-out', 'ctrl-fullscreen', 'ctrl-shrink',
  'ctrl-terrain', 'ctrl-globe', 'ctrl-logo', 'ctrl-icon', 'ctrl-attrib-button', 'compact', 'user-location',
  'popup', 'marker', 'cooperative-gesture', 'mobile-message', 'desktop-message', 'pseudo-fullscreen',
];
const unusedSelector = new RegExp(`\\.maplibregl-(?:${UNUSED.join('|')})(?![\\w-])|\\.maplibregl-(?:compact|popup|marker|user-location|cooperative-gesture)[\\w-]*`);

/** The stylesheet without the rules whose every selector names a part the app never creates. */
export function trimMaplibreCss(css: string): string {
  const root = postcss.parse(css);
  root.walkRules((rule: Rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes/i.test((rule.parent as AtRule).name)) return; // 0%, to {…}
    const kept = rule.selectors.filter((s) => !unusedSelector.test(s));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  root.walkAtRules((at) => { if (at.nodes?.length === 0) at.remove(); }); // media blocks left empty
  root.walkAtRules(/keyframes/i, (at) => { // an animation no kept rule names
    at.remove();
    if (root.toString().includes(at.params)) root.append(at);
  });
  return root.toString();
}

export const maplibreCss = (): Plugin => ({
  name: 'maplibre-css',
  enforce: 'pre',
  transform: (code, id) => (/maplibre-gl\/dist\/maplibre-gl\.css(\?|$)/.test(id) ? { code: trimMaplibreCss(code), map: null } : null),
});
