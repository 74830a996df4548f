import type { IControl, Map as MapLibreMap } from 'maplibre-gl';
import { metresPerPixel, NORTH, SCALE_UNIT, scaleBarKm } from '../../print/scale.ts';

const SVG = 'http://www.w3.org/2000/svg'; // the SVG namespace for createElementNS: an identifier, never fetched
const MAX_WIDTH = 110; // px

/** The scale bar's length and label for the map's centre latitude and zoom. */
export function scaleOf(map: Pick<MapLibreMap, 'getZoom' | 'getCenter'>): { width: number; label: string; metresPerPixel: number } {
  const mpp = metresPerPixel(map.getZoom(), map.getCenter().lat);
  const { km, width } = scaleBarKm({ metresPerPoint: mpp }, MAX_WIDTH);
  return { width, label: `${km} ${SCALE_UNIT}`, metresPerPixel: mpp };
}

/** A scale bar (公里 km, following zoom and latitude) and a north arrow, as one MapLibre control. */
export class ScaleNorthControl implements IControl {
  private el: HTMLDivElement | null = null;
  private map: MapLibreMap | null = null;
  private readonly update = () => {
    if (!this.map || !this.el) return;
    const { width, label } = scaleOf(this.map);
    this.el.querySelector<HTMLElement>('.scale-line')!.style.width = `${Math.round(width)}px`;
    this.el.querySelector<HTMLElement>('.scale-label')!.textContent = label;
  };

  onAdd(map: MapLibreMap): HTMLElement {
    this.map = map;
    const el = document.createElement('div');
    el.className = 'maplibregl-ctrl scale-north';
    el.dataset.testid = 'scale-north';
    const arrow = document.createElementNS(SVG, 'svg');
    arrow.setAttribute('viewBox', '0 0 20 30');
    arrow.setAttribute('width', '20');
    arrow.setAttribute('height', '30');
    arrow.setAttribute('class', 'north-arrow');
    arrow.setAttribute('role', 'img');
    arrow.setAttribute('aria-label', NORTH);
    for (const [d, fill] of [['M10 1 L3 19 L10 15 Z', '#1f2a33'], ['M10 1 L17 19 L10 15 Z', '#ffffff']] as const) {
      const path = document.createElementNS(SVG, 'path');
      path.setAttribute('d', d);
      path.setAttribute('fill', fill);
      path.setAttribute('stroke', '#1f2a33');
      arrow.appendChild(path);
    }
    const letter = document.createElementNS(SVG, 'text');
    letter.setAttribute('x', '10');
    letter.setAttribute('y', '29');
    letter.setAttribute('text-anchor', 'middle');
    letter.setAttribute('font-size', '9');
    letter.textContent = 'N';
    arrow.appendChild(letter);
    const bar = document.createElement('div');
    bar.className = 'scale-bar';
    const line = document.createElement('span');
    line.className = 'scale-line';
    const text = document.createElement('span');
    text.className = 'scale-label';
    bar.append(line, text);
    el.append(arrow, bar);
    this.el = el;
    map.on('move', this.update);
    this.update();
    return el;
  }

  onRemove(): void {
    this.map?.off('move', this.update);
    this.el?.remove();
    this.el = null;
    this.map = null;
  }
}
