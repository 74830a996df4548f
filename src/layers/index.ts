import { corridorsLayer } from './corridors.ts';
import type { LayerInput } from './input.ts';
import { importedLayer } from './imported.ts';
import { projectGroupLayers } from './project-groups.ts';
import { subSectorLabelLayer } from './sub-sector-labels.ts';
import { subSectorPlaceLayers } from './sub-sector-places.ts';
import { projectLinesLayer, projectsLayer } from './projects.ts';
import { projectLabelLayer } from './project-labels.ts';
import { selectedProjectLayers } from './selected-project.ts';

export type { LayerInput } from './input.ts';

/**
 * The deck.gl layers in a fixed order; hidden ones stay in the list with visible: false. Only what
 * MapLibre's style layers cannot draw well lives here (markers by the thousand, boxed labels, the
 * analyst's file, the corridors built on first use), so deck.gl can load after the first view.
 */
export function buildDeckLayers(input: LayerInput) {
  return [
    ...subSectorPlaceLayers(input), corridorsLayer(input), subSectorLabelLayer(input), projectLinesLayer(input), projectsLayer(input), ...projectGroupLayers(input), projectLabelLayer(input), importedLayer(input),
    ...selectedProjectLayers(input),
  ];
}
