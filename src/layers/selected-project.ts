import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { LayerInput } from './input.ts';
import { boxedLabels } from './boxed-labels.ts';
import { PROJECT_RING, PROJECT_RING_HIDDEN } from './palette.ts';

/** Where the open project is and what its label says: in the chosen language, shown even if the filters hide it. */
export interface ProjectMark { position: [number, number]; text: string; hidden: boolean }

/** The open project's mark (null when none is open or it has no place). */
export function selectedProjectMark({ show, features, model, visible }: Pick<LayerInput, 'show' | 'features' | 'model' | 'visible'>): ProjectMark | null {
  if (!show.project) return null;
  const position = features.projectPoints.get(show.project);
  const index = model.projects.findIndex((p) => p.id === show.project);
  if (!position || index < 0) return null;
  const project = model.projects[index]!;
  return { position, text: show.lang === 'zh' ? project.name_zh : project.name_en, hidden: !visible.projectMask[index] };
}

/**
 * The project whose panel is open, highlighted: a ring around its marker and its name in a box above it,
 * drawn on top of the markers (grey when the filters hide it, so the place is still shown).
 */
export function selectedProjectLayers(input: LayerInput) {
  const mark = selectedProjectMark(input);
  const data = mark ? [mark] : [];
  const colour = mark?.hidden ? PROJECT_RING_HIDDEN : PROJECT_RING;
  return [
    new ScatterplotLayer<ProjectMark>({
      id: 'selected-project-ring',
      data,
      visible: data.length > 0,
      getPosition: (d) => d.position,
      getRadius: 14,
      radiusUnits: 'pixels',
      stroked: true,
      filled: false,
      getLineColor: colour,
      getLineWidth: 3,
      lineWidthUnits: 'pixels',
      updateTriggers: { getLineColor: mark?.hidden },
      pickable: false,
    }),
    new TextLayer<ProjectMark>({
      ...boxedLabels('selected-project-label', data),
      getSize: 14,
      getPixelOffset: [0, -28],
      getBackgroundColor: [255, 255, 255, 235],
      getBorderColor: colour,
      getBorderWidth: 1,
      backgroundPadding: [4, 2],
      characterSet: 'auto',
    }),
  ];
}
