import { TextLayer } from '@deck.gl/layers';
import type { LayerInput } from './input.ts';
import { boxedLabels } from './boxed-labels.ts';

export interface ProjectLabel { id: string; position: [number, number]; text: string; row: number } // row: its place in a stack of near labels, centred on 0

const NONE: ProjectLabel[] = []; // one empty list, so an unused layer's data never changes
const built = new WeakMap<readonly string[], { key: string; labels: ProjectLabel[] }>();

/** Projects closer than this (degrees) share one stack of labels, so their names do not cover each other. */
const NEAR = 0.3;

/** Stacks the labels of near projects, north first, each a row apart, beside their markers. */
function stacked(labels: Omit<ProjectLabel, 'row'>[]): ProjectLabel[] {
  const groups: Omit<ProjectLabel, 'row'>[][] = [];
  for (const l of labels) {
    const near = groups.find((g) => g.some((o) => Math.hypot(o.position[0] - l.position[0], o.position[1] - l.position[1]) < NEAR));
    if (near) near.push(l); else groups.push([l]);
  }
  return groups.flatMap((g) => g.sort((a, b) => b.position[1] - a.position[1]).map((l, i) => ({ ...l, row: i - (g.length - 1) / 2 })));
}

/**
 * The names of the projects a scene is about (input.labelProjects), each in a box just above its marker:
 * "宝钢湛江钢铁项目" on the map, not an unlabelled dot. Only projects the filters leave visible are named.
 */
export function projectLabels({ features, visible, show, labelProjects }: LayerInput): ProjectLabel[] {
  if (!labelProjects?.length || !show.layers.includes('projects')) return NONE;
  // the same list while the filters and language stay, so deck.gl keeps its buffers
  const key = `${visible.filterKey}|${show.lang}`;
  const cached = built.get(labelProjects);
  if (cached?.key === key) return cached.labels;
  const byId = new Map(features.projects.features.map((f) => [f.id, f]));
  const labels = stacked(labelProjects.flatMap((id) => {
    const feature = byId.get(id);
    const position = features.projectPoints.get(id);
    if (!feature || !position || !visible.projectIds.has(id)) return [];
    return [{ id, position, text: show.lang === 'zh' ? feature.properties.name_zh : feature.properties.name_en }];
  }));
  built.set(labelProjects, { key, labels });
  return labels;
}

export function projectLabelLayer(input: LayerInput) {
  const data = projectLabels(input);
  const scale = input.scale ?? 1;
  const size = 13 * scale;
  return new TextLayer<ProjectLabel>({
    ...boxedLabels('project-labels', data),
    getSize: size,
    getTextAnchor: 'start',
    getAlignmentBaseline: 'center',
    getPixelOffset: (d) => [12 * scale, d.row * size * 1.7], // to the east of the marker, near ones one above another
    getBackgroundColor: [255, 255, 255, 235],
    getBorderColor: [31, 42, 51, 200],
    getBorderWidth: 1,
    backgroundPadding: [4 * scale, 2 * scale],
    characterSet: 'auto',
    updateTriggers: { getSize: scale, getPixelOffset: `${scale}|${data.map((d) => d.row).join()}` },
  });
}
