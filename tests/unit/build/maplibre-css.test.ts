import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trimMaplibreCss } from '../../../build/maplibre-css.ts';

const css = readFileSync('node_modules/maplibre-gl/dist/maplibre-gl.css', 'utf8');
const trimmed = trimMaplibreCss(css);
const classes = (text: string) => new Set(text.match(/\.maplibregl-[\w-]+/g));

describe('MapLibre stylesheet, trimmed to the parts the app creates', () => {
  it('keeps the map, its canvas, the control corners and the attribution', () => {
    for (const name of ['.maplibregl-map', '.maplibregl-canvas', '.maplibregl-canvas-container', '.maplibregl-interactive',
      '.maplibregl-ctrl', '.maplibregl-ctrl-bottom-right', '.maplibregl-ctrl-attrib', '.maplibregl-attrib-empty', '.maplibregl-boxzoom']) {
      expect(classes(trimmed), name).toContain(name);
    }
    expect(trimmed).toContain('.maplibregl-ctrl.maplibregl-ctrl-attrib{padding:0 5px');
  });

  it('leaves out the controls, popups and markers the app never adds, with their icons', () => {
    for (const name of ['.maplibregl-ctrl-compass', '.maplibregl-ctrl-geolocate', '.maplibregl-ctrl-logo', '.maplibregl-popup',
      '.maplibregl-marker', '.maplibregl-user-location-dot', '.maplibregl-compact']) {
      expect(classes(css), name).toContain(name); // so that the test notices when MapLibre renames it
      expect(classes(trimmed), name).not.toContain(name);
    }
    expect(trimmed).not.toContain('data:image/svg+xml');
    expect(trimmed).not.toContain('@keyframes maplibregl-user-location-dot-pulse');
    expect(trimmed.length).toBeLessThan(css.length / 10);
  });

  it('keeps a rule for the selectors of it that remain', () => {
    const out = trimMaplibreCss('.maplibregl-canvas-container.maplibregl-interactive,.maplibregl-ctrl-group button.maplibregl-ctrl-compass{cursor:grab}');
    expect(out).toBe('.maplibregl-canvas-container.maplibregl-interactive{cursor:grab}');
  });
});
