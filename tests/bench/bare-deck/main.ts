// The baseline for pan_ratio_100k: MapLibre and deck.gl alone, drawing the app's 100k synthetic project
// points (placed as the app places them; written next to this page's build as points.json by the bench) as
// one plain ScatterplotLayer over the same city polygons, at the app's view for that measurement.
import { ScatterplotLayer } from '@deck.gl/layers';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { bareMap } from '../bare/bare-map.ts';

const params = new URLSearchParams(location.search);
const [lon, lat, zoom] = (params.get('view') ?? '113.3,23.1,8').split(',').map(Number) as [number, number, number];
const flat = (await (await fetch('./points.json')).json()) as number[]; // lon, lat, lon, lat, …
const points = Array.from({ length: flat.length / 2 }, (_, i) => [flat[2 * i]!, flat[2 * i + 1]!] as [number, number]);

const map = bareMap({ center: [lon, lat], zoom, fadeDuration: 0 });
map.on('load', () => {
  map.addControl(new MapLibreOverlay({
    interleaved: true,
    layers: [new ScatterplotLayer<[number, number]>({
      id: 'points', data: points, getPosition: (d) => d, radiusUnits: 'pixels', getRadius: 3.5,
      getFillColor: [60, 120, 180, 255], stroked: true, lineWidthUnits: 'pixels', getLineWidth: 1, getLineColor: [255, 255, 255, 255],
    })],
  }));
  (window as unknown as { __gdmap?: MapLibreMap }).__gdmap = map; // the bench waits on it as on the app's
});
