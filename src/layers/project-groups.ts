import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { Adcode, Features } from '../model/index.ts';
import type { Visible } from '../filters/apply.ts';
import type { LayerInput } from './input.ts';
import { DEFAULT_ZOOM, groupsActive, starsShown } from './mode.ts';
import { COUNT_SIZE, bubbleRadius, markOffsets } from './mark-layout.ts';

export interface ProjectGroup { city: Adcode; position: [number, number]; count: number }

const NONE: ProjectGroup[] = []; // one empty list, so the hidden layers' data never changes
const groupsOf = new WeakMap<Visible, ProjectGroup[]>();

/** Visible projects counted by the first city that names them, at the city's label point (one list per filter result). */
function projectGroups(features: Features, visible: Visible): ProjectGroup[] {
  let groups = groupsOf.get(visible);
  if (!groups) {
    groups = [...visible.projectsPerFirstCity].flatMap(([city, count]) => {
      const position = features.cityPoints.get(city);
      return position ? [{ city, position, count }] : [];
    });
    groupsOf.set(visible, groups);
  }
  return groups;
}

export function projectGroupLayers(input: LayerInput) {
  const { show, scale = 1 } = input;
  const active = groupsActive(show);
  const data = active ? projectGroups(input.features, input.visible) : NONE;
  // each bubble hangs below the city's name and its ★ marks (mark-layout.ts), so none covers another
  const { bubbleTop } = markOffsets(show.view?.zoom ?? DEFAULT_ZOOM, scale, show.lang, starsShown(show, input.visible.filters.cluster));
  const radius = (d: ProjectGroup) => bubbleRadius(d.count, scale);
  const layout = `${bubbleTop}|${scale}`;
  return [
    new ScatterplotLayer<ProjectGroup>({
      id: 'project-groups',
      data,
      visible: active,
      getPosition: (d) => d.position,
      getRadius: radius,
      radiusUnits: 'pixels',
      getPixelOffset: (d) => [0, -(bubbleTop + radius(d))], // ScatterplotLayer's pixel offset points up, TextLayer's down
      getFillColor: [31, 42, 51, 200],
      stroked: true,
      getLineColor: [255, 255, 255, 255],
      lineWidthUnits: 'pixels',
      getLineWidth: 1.5 * scale,
      pickable: true,
      opacity: input.opacity?.projects ?? 1,
      updateTriggers: { getRadius: layout, getPixelOffset: layout, getLineWidth: layout },
    }),
    new TextLayer<ProjectGroup>({
      id: 'project-group-counts',
      data,
      visible: active,
      getPosition: (d) => d.position,
      getText: (d) => String(d.count),
      getPixelOffset: (d) => [0, bubbleTop + radius(d)],
      getSize: COUNT_SIZE * scale,
      getColor: [255, 255, 255, 255],
      fontWeight: 700,
      characterSet: '0123456789',
      fontFamily: 'sans-serif',
      pickable: false,
      opacity: input.opacity?.projects ?? 1, // fades with its bubble
      updateTriggers: { getPixelOffset: layout },
    }),
  ];
}
