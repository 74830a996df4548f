import area from '@turf/area';
import length from '@turf/length';
import type { LineString, Polygon } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import {
  TerraDraw, TerraDrawCircleMode, TerraDrawLineStringMode, TerraDrawPolygonMode, TerraDrawRectangleMode, TerraDrawSelectMode,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';

// The drawing tools, loaded on the first click of one (a dynamic import: Terra Draw is not in the first
// view's bundle). One TerraDraw instance per map; a finished shape is handed back as GeoJSON and removed
// from Terra Draw's own store: the selection then draws from the URL state (layers/spatial-outline.ts),
// a measurement stays drawn until cleared.

export type DrawTool = 'polygon' | 'rectangle' | 'circle' | 'measure-line' | 'measure-area' | 'edit';
export interface Measurement { kind: 'line' | 'area'; value: number } // km or km², turf's geodesic length and area

export interface DrawSession {
  start: (tool: DrawTool, onArea: (polygon: Polygon) => void, onMeasure: (m: Measurement) => void) => void;
  /** Puts an area into Terra Draw to be edited; each change is handed to onArea. */
  edit: (polygon: Polygon, onArea: (polygon: Polygon) => void) => void;
  stop: () => void;
  clear: () => void;
}

const MODE: Record<Exclude<DrawTool, 'edit'>, string> = {
  polygon: 'polygon', rectangle: 'rectangle', circle: 'circle', 'measure-line': 'linestring', 'measure-area': 'polygon',
};

export function drawSession(map: MapLibreMap): DrawSession {
  const draw = new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map }),
    modes: [
      new TerraDrawPolygonMode(), new TerraDrawRectangleMode(), new TerraDrawCircleMode(), new TerraDrawLineStringMode(),
      new TerraDrawSelectMode({ flags: { polygon: { feature: { draggable: true, coordinates: { midpoints: true, draggable: true, deletable: true } } } } }),
    ],
  });
  let onFinish: ((id: string | number) => void) | null = null;
  let onChange: (() => void) | null = null;
  draw.on('finish', (id) => onFinish?.(id));
  draw.on('change', () => onChange?.());
  const ensure = () => { if (!draw.enabled) draw.start(); };
  return {
    start(tool, onArea, onMeasure) {
      ensure();
      onChange = null;
      if (tool === 'edit') return;
      draw.setMode(MODE[tool]);
      onFinish = (id) => {
        const feature = draw.getSnapshotFeature(id);
        if (!feature) return;
        if (tool === 'measure-line') onMeasure({ kind: 'line', value: length({ type: 'Feature', properties: {}, geometry: feature.geometry as LineString }, { units: 'kilometers' }) });
        else if (tool === 'measure-area') onMeasure({ kind: 'area', value: area(feature.geometry as Polygon) / 1e6 });
        else {
          draw.removeFeatures([id]); // the selection is drawn from the URL state from now on
          onArea(feature.geometry as Polygon);
        }
      };
    },
    edit(polygon, onArea) {
      ensure();
      draw.clear();
      draw.setMode('select');
      const [result] = draw.addFeatures([{ type: 'Feature', geometry: polygon, properties: { mode: 'polygon' } }]);
      const id = result?.id;
      if (id === undefined || !result?.valid) return;
      draw.selectFeature(id);
      onChange = () => {
        const feature = draw.getSnapshotFeature(id);
        if (feature) onArea(feature.geometry as Polygon);
      };
    },
    stop() {
      onFinish = null;
      onChange = null;
      if (draw.enabled) draw.setMode('static');
    },
    clear() {
      onFinish = null;
      onChange = null;
      if (draw.enabled) { draw.clear(); draw.setMode('static'); }
    },
  };
}
