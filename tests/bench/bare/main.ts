// The baseline for load_ratio: MapLibre alone drawing the same 21 city polygons on a blank style.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { bareMap } from './bare-map.ts';

const map = bareMap({ bounds: [[109.6, 20.1], [117.4, 25.6]], fitBoundsOptions: { padding: 24 } }); // the app's PROVINCE_BOUNDS
(window as unknown as { __gdmap?: MapLibreMap }).__gdmap = map; // the bench waits on it as on the app's
