import bbox from '@turf/bbox';
import type { Visible } from '../filters/apply.ts';
import type { Features } from '../model/index.ts';

/** West, south, east, north (degrees). */
export type Bounds = [number, number, number, number];

const cityBounds = new WeakMap<Features, Map<string, Bounds>>();

function boundsOf(features: Features): Map<string, Bounds> {
  let map = cityBounds.get(features);
  if (!map) {
    map = new Map(features.cities.features.map((f) => [f.id as string, bbox(f) as Bounds]));
    cityBounds.set(features, map);
  }
  return map;
}

const union = (boxes: Bounds[]): Bounds | null => (boxes.length
  ? [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))]
  : null);

/**
 * What a scene is about, as bounds to frame: the cities its filters leave (for a cluster, the cities ranked
 * in it), with the projects it names; the whole province when the filters leave every city. The map fits
 * these into the part of the screen the presenter bar, legend and panels leave free.
 */
export function sceneSubject(features: Features, visible: Visible, labelProjects: readonly string[] = []): Bounds {
  const all = boundsOf(features);
  const cluster = visible.filters.cluster;
  let cities = [...visible.cityIds] as string[];
  if (cluster) {
    const ranked = cities.filter((id) => features.cities.features.find((f) => f.id === id)?.properties[`rank_${cluster}`]);
    if (ranked.length) cities = ranked;
  }
  if (!cities.length) cities = [...all.keys()];
  const points = labelProjects.flatMap((id) => {
    const p = features.projectPoints.get(id);
    return p && visible.projectIds.has(id) ? [[p[0], p[1], p[0], p[1]] as Bounds] : [];
  });
  const boxes = cities.flatMap((id) => { const b = all.get(id); return b ? [b] : []; });
  return union([...boxes, ...points]) ?? union([...all.values()])!;
}
