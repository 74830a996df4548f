import { citiesLayer } from './cities.ts';
import type { LayerInput } from './input.ts';
import { importedLayer } from './imported.ts';
import { metroLayer } from './metro.ts';
import { projectGroupLayers } from './project-groups.ts';
import { rolesLayer } from './roles.ts';
import { subSectorLabelLayer, subSectorOutlineLayer } from './sub-sectors.ts';
import { projectLinesLayer, projectsLayer } from './projects.ts';
import { selectionLayer } from './selection.ts';
import { starsLayer } from './stars.ts';
import { zonesLayer } from './zones.ts';

export type { LayerInput } from './input.ts';

/** All deck.gl layers in a fixed order; hidden ones stay in the list with visible: false. */
export function buildLayers(input: LayerInput) {
  return [
    citiesLayer(input), zonesLayer(input), metroLayer(input), subSectorOutlineLayer(input), selectionLayer(input), starsLayer(input),
    rolesLayer(input), subSectorLabelLayer(input),
    projectLinesLayer(input), projectsLayer(input), ...projectGroupLayers(input), importedLayer(input),
  ];
}
