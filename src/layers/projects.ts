import { PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { Features, ProjectFeature } from '../model/index.ts';
import { projectMaskOf } from '../filters/apply.ts';
import { colourKey, type LayerInput } from './input.ts';
import { KIND_COLORS, PROJECT_RIM, type RGBA } from './palette.ts';
import { groupsActive } from './mode.ts';

/** A project marker as deck.gl draws it: the joined feature plus its placed point. */
export interface ProjectMarker { feature: ProjectFeature; position: [number, number] }
export interface ProjectLine { feature: ProjectFeature; path: [number, number][] }

const markerCache = new WeakMap<Features, { markers: ProjectMarker[]; lines: ProjectLine[] }>();

/** Marker and line data, built once per joined features so deck.gl sees the same references. */
export function projectData(features: Features) {
  let data = markerCache.get(features);
  if (!data) {
    const markers = features.projects.features.map((feature) => ({ feature, position: features.projectPoints.get(feature.id)! }));
    const lines = features.projects.features.filter((f) => f.geometry.type === 'LineString')
      .map((feature) => ({ feature, path: feature.geometry.coordinates as [number, number][] }));
    data = { markers, lines };
    markerCache.set(features, data);
  }
  return data;
}

const HIDDEN: RGBA = [0, 0, 0, 0];

/** Marker radius in pixels: items the plans name in more passages are drawn larger. */
export const markerRadius = (f: ProjectFeature) => Math.min(3.5 + 1.5 * (f.properties.source_count - 1), 8);

export function projectColor(f: ProjectFeature, input: Pick<LayerInput, 'visible'>): RGBA {
  return input.visible.projectIds.has(f.id) ? KIND_COLORS[f.properties.kind] : HIDDEN;
}

/** Whether the i-th marker is visible: read from the filter engine's mask, not an id set, at any scale. */
function shownAt(input: LayerInput): (d: ProjectMarker, index: number) => boolean {
  const mask = projectMaskOf(input.features, input.visible);
  return mask ? (_d, index) => mask[index] === 1 : (d) => input.visible.projectIds.has(d.feature.id);
}

export function projectsLayer(input: LayerInput) {
  const { features, visible, state, hoverProject, opacity } = input;
  const shown = shownAt(input);
  const key = colourKey(visible);
  return new ScatterplotLayer<ProjectMarker>({
    id: 'projects',
    data: projectData(features).markers,
    visible: state.layers.includes('projects') && !groupsActive(state), // at low zoom the city bubbles stand in
    opacity: opacity?.projects ?? 1,
    getPosition: (d) => d.position,
    radiusUnits: 'pixels',
    getRadius: (d) => markerRadius(d.feature) + (d.feature.id === hoverProject ? 2 : 0),
    getFillColor: (d, { index }) => (shown(d, index) ? KIND_COLORS[d.feature.properties.kind] : HIDDEN),
    stroked: true,
    lineWidthUnits: 'pixels',
    getLineWidth: 1,
    getLineColor: (d, { index }) => (shown(d, index) ? PROJECT_RIM : HIDDEN),
    pickable: true,
    updateTriggers: { getFillColor: key, getLineColor: key, getRadius: hoverProject },
  });
}

export function projectLinesLayer(input: LayerInput) {
  const { features, visible, state, opacity } = input;
  return new PathLayer<ProjectLine>({
    id: 'project-lines',
    data: projectData(features).lines,
    visible: state.layers.includes('projects') && !groupsActive(state),
    opacity: opacity?.projects ?? 1,
    getPath: (d) => d.path,
    getColor: (d) => {
      const [r, g, b] = projectColor(d.feature, input);
      return visible.projectIds.has(d.feature.id) ? [r, g, b, 150] : HIDDEN;
    },
    widthUnits: 'pixels',
    getWidth: 2.5,
    capRounded: true,
    pickable: true,
    updateTriggers: { getColor: colourKey(visible) },
  });
}
