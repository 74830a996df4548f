import { citiesLayer } from './cities.ts';
import type { LayerInput } from './input.ts';
import { importedLayer } from './imported.ts';
import { metroLayer } from './metro.ts';
import { projectLinesLayer, projectsLayer } from './projects.ts';
import { selectionLayer } from './selection.ts';
import { starsLayer } from './stars.ts';
import { zonesLayer } from './zones.ts';

export type { LayerInput } from './input.ts';

/** All deck.gl layers in a fixed order; hidden ones stay in the list with visible: false. */
export function buildLayers(input: LayerInput) {
  return [
    citiesLayer(input), zonesLayer(input), metroLayer(input), selectionLayer(input), starsLayer(input),
    projectLinesLayer(input), projectsLayer(input), importedLayer(input),
  ];
}
