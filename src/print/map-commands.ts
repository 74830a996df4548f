import { cityFillColor, citiesCoverLand } from '../layers/cities.ts';
import { fillMode, groupsActive } from '../layers/mode.ts';
import { CITY_LINE, KIND_COLORS, METRO_LINE, PROJECT_RIM, ZONE_COLORS, zoneFill, type RGBA } from '../layers/palette.ts';
import { roleMarks } from '../layers/roles.ts';
import { SEA, LAND } from '../layers/basemap.ts';
import { zonesCoverProvinceOutline, zonesFilled } from '../layers/zones.ts';
import { RANK_STARS, type ProjectFeature } from '../model/index.ts';
import type { PrintCommand, Pt } from './commands.ts';
import { inRect, ringsOf, tidy } from './geometry.ts';
import type { PrintInput } from './input.ts';
import { marksRow } from './marks.ts';
import { textWidth } from './measure.ts';
import type { Projection } from './mercator.ts';

const hex = (h: string): RGBA => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16), 255];
const NEIGHBOUR_FILL = hex('#ebe9e3');
const NEIGHBOUR_LINE = hex('#c4c1b8');
const NEIGHBOUR_TEXT = hex('#9a978f');
const PROVINCE_LINE = hex('#6d6a62');
const LABEL: RGBA = [29, 29, 27, 255];
const HALO: RGBA = [255, 255, 255, 235];
const FADED: RGBA = [150, 150, 150, 120];

/** What the map options add to the plan's layers: which cities to draw, and the size of a screen pixel. */
export interface MapOptions {
  px: number;                  // points per screen pixel, for line widths and marks
  textPx: number;              // points per screen pixel, for labels (kept legible on small sheets)
  only?: ReadonlySet<string>;  // atlas: outline this city in black
}

/**
 * The map of the current view as drawing commands, clipped to the projection's rectangle: the same
 * layers, colours and marks as the page's style (cities.ts, zones.ts, metro.ts, stars.ts, roles.ts).
 */
export function mapCommands(input: PrintInput, proj: Projection, opts: MapOptions): PrintCommand[] {
  const { features, visible, state, model, basemap } = input;
  const { px, textPx } = opts;
  const layerInput = { features, visible, show: state, model, choropleth: input.choropleth ?? null };
  const path = (geometry: Parameters<typeof ringsOf>[0]) => tidy(inRect(ringsOf(geometry, proj.project), proj.rect));
  const { x, y, w, h } = proj.rect;
  const out: PrintCommand[] = [
    { type: 'clip', x, y, w, h },
    { type: 'path', rings: [[[x, y], [x + w, y], [x + w, y + h], [x, y + h]]], closed: true, fill: hex(SEA) },
  ];
  for (const f of basemap.neighbours.features) out.push({ type: 'path', rings: path(f.geometry), closed: true, fill: NEIGHBOUR_FILL, stroke: NEIGHBOUR_LINE, width: 0.8 * px });
  const province = basemap.province.features[0]!.geometry;
  if (!citiesCoverLand(layerInput)) out.push({ type: 'path', rings: path(province), closed: true, fill: hex(LAND) });
  if (state.layers.includes('cities')) {
    for (const f of features.cities.features) out.push({ type: 'path', id: `city:${f.id}`, rings: path(f.geometry), closed: true, fill: cityFillColor(f, layerInput), stroke: CITY_LINE, width: 1.2 * px });
  }
  if (!zonesCoverProvinceOutline(layerInput)) out.push({ type: 'path', rings: path(province), closed: true, stroke: PROVINCE_LINE, width: 1.6 * px });
  if (zonesFilled({ show: state, visible })) {
    for (const f of features.zones.features) out.push({ type: 'path', rings: path(f.geometry), closed: true, fill: zoneFill(f.id, visible.zoneIds.has(f.id) ? 200 : 60) });
  }
  if (state.layers.includes('zones')) {
    for (const f of features.zones.features) out.push({ type: 'path', rings: path(f.geometry), closed: true, stroke: visible.zoneIds.has(f.id) ? ZONE_COLORS[f.id] : FADED, width: 3 * px });
  }
  if (state.layers.includes('metro')) {
    for (const f of features.metros.features) out.push({ type: 'path', rings: path(f.geometry), closed: true, stroke: visible.metroIds.has(f.id) ? METRO_LINE : FADED, width: 2.5 * px });
  }
  if (opts.only) {
    for (const f of features.cities.features) if (opts.only.has(f.id)) out.push({ type: 'path', rings: path(f.geometry), closed: true, stroke: [20, 20, 20, 255], width: 2.4 * px });
  }
  out.push(...projectCommands(input, proj, px, textPx));
  out.push(...labelCommands(input, proj, textPx));
  for (const f of basemap.neighbourLabels.features) {
    const [lx, ly] = proj.project(f.geometry.coordinates);
    out.push({ type: 'text', x: lx, y: ly, text: state.lang === 'zh' ? f.properties.name_zh : f.properties.name_en, size: 12 * textPx, color: NEIGHBOUR_TEXT, anchor: 'middle', halo: NEIGHBOUR_FILL });
  }
  out.push({ type: 'unclip' });
  out.push({ type: 'path', rings: [[[x, y], [x + w, y], [x + w, y + h], [x, y + h]]], closed: true, stroke: [80, 80, 80, 255], width: 0.8 });
  return out.filter((c) => c.type !== 'path' || c.rings.length > 0);
}

/** Marker radius in screen pixels, as src/layers/projects.ts sizes them (not imported: that module loads deck.gl). */
const markerRadius = (f: ProjectFeature) => Math.min(3.5 + 1.5 * (f.properties.source_count - 1), 8);

/** Project markers (or one counted bubble per city when the page groups them) and project lines. */
function projectCommands({ features, visible, state }: PrintInput, proj: Projection, px: number, textPx: number): PrintCommand[] {
  if (!state.layers.includes('projects')) return [];
  const out: PrintCommand[] = [];
  if (groupsActive(state)) {
    for (const [city, count] of visible.projectsPerFirstCity) {
      const at = features.cityPoints.get(city);
      if (!at) continue;
      const [cx, cy] = proj.project(at);
      const r = (6 + 1.6 * Math.sqrt(count)) * px;
      const y = cy + belowLabel(state, textPx) + 12 * textPx + r; // under the name and its ★ marks
      out.push({ type: 'circle', x: cx, y, r, fill: [31, 42, 51, 200], stroke: [255, 255, 255, 255], width: 1.5 * px });
      out.push({ type: 'text', x: cx, y: y + 4.5 * px, text: String(count), size: 12 * px, color: [255, 255, 255, 255], bold: true, anchor: 'middle' });
    }
    return out;
  }
  const shown = features.projects.features.filter((f) => visible.projectIds.has(f.id));
  for (const f of shown) {
    if (f.geometry.type === 'LineString') out.push({ type: 'path', rings: tidy(ringsOf(f.geometry, proj.project)), closed: false, stroke: KIND_COLORS[f.properties.kind], width: 2 * px });
  }
  for (const f of shown) {
    const [cx, cy] = proj.project(features.projectPoints.get(f.id)!);
    out.push({ type: 'circle', x: cx, y: cy, r: markerRadius(f) * px, fill: KIND_COLORS[f.properties.kind], stroke: PROJECT_RIM, width: 1 * px });
  }
  return out;
}

/** Label size in points for a scale, and how far below the label point its name block ends. */
const labelSize = (textPx: number) => 12.5 * textPx;
const belowLabel = (state: PrintInput['state'], textPx: number) => (state.lang === 'zh' ? labelSize(textPx) * 0.9 : labelSize(textPx) * 0.5);

/** City names at their label points, ★ marks under them and role marks above (roles.ts, stars.ts); names that would collide are left out, as the map does. */
function labelCommands({ model, features, visible, state }: PrintInput, proj: Projection, px: number): PrintCommand[] {
  const out: PrintCommand[] = [];
  const placed: [number, number, number, number][] = [];
  const free = (b: [number, number, number, number]) => placed.every((p) => b[2] < p[0] || b[0] > p[2] || b[3] < p[1] || b[1] > p[3]);
  const marks = roleMarks(model, visible);
  const ranked = fillMode(state.layers, state.cluster) === 'rank' && state.cluster ? state.cluster : null;
  const size = labelSize(px);
  for (const city of model.cities) {
    const at = features.cityPoints.get(city.id);
    if (!at) continue;
    const [cx, cy]: Pt = proj.project(at);
    const zh = state.lang === 'zh';
    const main = zh ? city.short_zh : city.name_en;
    const sub = zh ? city.name_en : null;
    const width = Math.max(textWidth(main, size), sub ? textWidth(sub, size * 0.72) : 0);
    const height = sub ? size * 1.8 : size;
    const box: [number, number, number, number] = [cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2];
    if (free(box)) {
      placed.push(box);
      const top = cy - height / 2 + size * 0.85;
      out.push({ type: 'text', x: cx, y: top, text: main, size, color: LABEL, anchor: 'middle', halo: HALO });
      if (sub) out.push({ type: 'text', x: cx, y: top + size * 0.9, text: sub, size: size * 0.72, color: LABEL, anchor: 'middle', halo: HALO });
    }
    if (state.layers.includes('cities')) {
      const rank = ranked ? features.cities.features.find((f) => f.id === city.id)?.properties[`rank_${ranked}`] : null;
      if (rank && visible.cityIds.has(city.id)) out.push({ type: 'text', x: cx, y: cy + belowLabel(state, px) + 10 * px, text: RANK_STARS[rank], size: 12 * px, color: [40, 20, 10, 255], anchor: 'middle', halo: HALO });
      const mark = marks.get(city.id);
      if (mark) out.push(...marksRow(mark, cx, cy - 22 * px, 16 * px * 0.75, [31, 42, 51, 255]));
    }
  }
  return out;
}
