import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { Adcode, Features } from '../model/index.ts';
import type { Visible } from '../filters/apply.ts';
import type { LayerInput } from './input.ts';
import { groupsActive } from './mode.ts';

export interface ProjectGroup { city: Adcode; position: [number, number]; count: number }

/** Visible projects counted by the first city that names them, at the city's label point. */
function projectGroups(features: Features, visible: Visible): ProjectGroup[] {
  return [...visible.projectsPerFirstCity].flatMap(([city, count]) => {
    const position = features.cityPoints.get(city);
    return position ? [{ city, position, count }] : [];
  });
}

const radius = (count: number) => 6 + 1.6 * Math.sqrt(count);
/** Bubbles sit just below the city's name so both stay readable. */
const OFFSET: [number, number] = [0, 30];

export function projectGroupLayers(input: LayerInput) {
  const active = groupsActive(input.show);
  const data = active ? projectGroups(input.features, input.visible) : [];
  return [
    new ScatterplotLayer<ProjectGroup>({
      id: 'project-groups',
      data,
      visible: active,
      getPosition: (d) => d.position,
      getRadius: (d) => radius(d.count),
      radiusUnits: 'pixels',
      getPixelOffset: [OFFSET[0], -OFFSET[1]], // ScatterplotLayer's pixel offset points up, TextLayer's down
      getFillColor: [31, 42, 51, 200],
      stroked: true,
      getLineColor: [255, 255, 255, 255],
      lineWidthUnits: 'pixels',
      getLineWidth: 1.5,
      pickable: true,
      opacity: input.opacity?.projects ?? 1,
    }),
    new TextLayer<ProjectGroup>({
      id: 'project-group-counts',
      data,
      visible: active,
      getPosition: (d) => d.position,
      getText: (d) => String(d.count),
      getPixelOffset: OFFSET,
      getSize: 13,
      getColor: [255, 255, 255, 255],
      fontWeight: 700,
      characterSet: '0123456789',
      fontFamily: 'sans-serif',
      pickable: false,
      opacity: input.opacity?.projects ?? 1, // fades with its bubble
    }),
  ];
}
