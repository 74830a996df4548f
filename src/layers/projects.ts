import { PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { Features, ProjectFeature } from '../model/index.ts';
import type { LayerInput } from './input.ts';
import { KIND_COLORS, PROJECT_RIM, type RGBA } from './palette.ts';
import { groupsActive } from './mode.ts';

/** A project marker as deck.gl draws it: the joined feature plus its placed point. */
export interface ProjectMarker { feature: ProjectFeature; position: [number, number] }
export interface ProjectLine { feature: ProjectFeature; path: [number, number][]; index: number } // index: in features.projects

const markerCache = new WeakMap<Features, { markers: ProjectMarker[]; lines: ProjectLine[] }>();

/** Marker and line data, built once per joined features so deck.gl sees the same references. */
export function projectData(features: Features) {
  let data = markerCache.get(features);
  if (!data) {
    const markers = features.projects.features.map((feature) => ({ feature, position: features.projectPoints.get(feature.id)! }));
    const lines = features.projects.features.flatMap((feature, index) => (feature.geometry.type === 'LineString'
      ? [{ feature, index, path: feature.geometry.coordinates as [number, number][] }] : []));
    data = { markers, lines };
    markerCache.set(features, data);
  }
  return data;
}

const HIDDEN: RGBA = [0, 0, 0, 0];

/** Marker radius in pixels: items the plans name in more passages are drawn larger. */
const markerRadius = (f: ProjectFeature) => Math.min(3.5 + 1.5 * (f.properties.source_count - 1), 8);


/** Whether the i-th marker is visible: read from the filter engine's mask (indexed like the markers), not an id set. */
function shownAt({ visible }: LayerInput): (d: ProjectMarker, index: number) => boolean {
  const mask = visible.projectMask;
  return (_d, index) => mask[index] === 1;
}

export function projectsLayer(input: LayerInput) {
  const { features, visible, show, hoverProject, opacity, scale = 1 } = input;
  const shown = shownAt(input);
  const key = visible.filterKey;
  return new ScatterplotLayer<ProjectMarker>({
    id: 'projects',
    data: projectData(features).markers,
    visible: show.layers.includes('projects') && !groupsActive(show), // at low zoom the city bubbles stand in
    opacity: opacity?.projects ?? 1,
    getPosition: (d) => d.position,
    radiusUnits: 'pixels',
    getRadius: (d) => (markerRadius(d.feature) + (d.feature.id === hoverProject ? 2 : 0)) * scale,
    getFillColor: (d, { index }) => (shown(d, index) ? KIND_COLORS[d.feature.properties.kind] : HIDDEN),
    stroked: true,
    lineWidthUnits: 'pixels',
    getLineWidth: 1,
    getLineColor: (d, { index }) => (shown(d, index) ? PROJECT_RIM : HIDDEN),
    pickable: true,
    updateTriggers: { getFillColor: key, getLineColor: key, getRadius: `${hoverProject}|${scale}` },
  });
}

export function projectLinesLayer(input: LayerInput) {
  const { features, visible, show, opacity } = input;
  return new PathLayer<ProjectLine>({
    id: 'project-lines',
    data: projectData(features).lines,
    visible: show.layers.includes('projects') && !groupsActive(show),
    opacity: opacity?.projects ?? 1,
    getPath: (d) => d.path,
    getColor: (d) => {
      const [r, g, b] = KIND_COLORS[d.feature.properties.kind];
      return visible.projectMask[d.index] === 1 ? [r, g, b, 150] : HIDDEN;
    },
    widthUnits: 'pixels',
    getWidth: 2.5,
    capRounded: true,
    pickable: true,
    updateTriggers: { getColor: visible.filterKey },
  });
}
