// The baseline for load_ratio: MapLibre alone drawing the same 21 city polygons on a blank style.
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import citiesUrl from '../../../geo/output/cities.geojson?url';

setWorkerUrl(workerUrl);

const map = new MapLibreMap({
  container: 'map',
  style: {
    version: 8,
    sources: { cities: { type: 'geojson', data: citiesUrl } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#eef2f4' } },
      { id: 'cities', type: 'fill', source: 'cities', paint: { 'fill-color': '#e8dcc2', 'fill-outline-color': '#8a7a66' } },
    ],
  },
  bounds: [[109.6, 20.1], [117.4, 25.6]], // the app's PROVINCE_BOUNDS
  fitBoundsOptions: { padding: 24 },
});
(window as unknown as { __gdmap?: MapLibreMap }).__gdmap = map; // the bench waits on it as on the app's
