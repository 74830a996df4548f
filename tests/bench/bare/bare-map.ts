// The bare pages' map: MapLibre alone drawing the 21 city polygons on a blank style (the baseline the bench
// compares the app with), framed as given. Shared by tests/bench/bare and tests/bench/bare-deck.
import { Map as MapLibreMap, setWorkerUrl, type MapOptions } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import citiesUrl from '../../../geo/output/cities.geojson?url';

setWorkerUrl(workerUrl);

export function bareMap(framing: Pick<MapOptions, 'bounds' | 'fitBoundsOptions' | 'center' | 'zoom' | 'fadeDuration'>): MapLibreMap {
  return new MapLibreMap({
    container: 'map',
    style: {
      version: 8,
      sources: { cities: { type: 'geojson', data: citiesUrl } },
      layers: [
        { id: 'background', type: 'background', paint: { 'background-color': '#eef2f4' } },
        { id: 'cities', type: 'fill', source: 'cities', paint: { 'fill-color': '#e8dcc2', 'fill-outline-color': '#8a7a66' } },
      ],
    },
    ...framing,
  });
}
