import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../../src/filters/apply.ts';
import { parseQuery } from '../../../src/filters/query.ts';
import { deckLayersNeeded } from '../../../src/layers/mode.ts';
import { selectedProjectLayers, selectedProjectMark } from '../../../src/layers/selected-project.ts';
import { PROJECT_RING, PROJECT_RING_HIDDEN } from '../../../src/layers/palette.ts';
import { features, model } from '../../load-repo.ts';

const airport = model.projects.find((p) => p.name_zh === '广州白云机场三期扩建工程')!;
const input = (query: string) => {
  const { filters, show } = parseQuery(query).state;
  return { features, model, show, visible: applyFilters(model, filters) };
};

describe('the open project is highlighted (ring and label)', () => {
  it('marks the open project at its point with its name in the chosen language', () => {
    expect(selectedProjectMark(input(''))).toBeNull();
    const mark = selectedProjectMark(input(`project=${airport.id}&lang=en`));
    expect(mark).toEqual({ position: features.projectPoints.get(airport.id), text: airport.name_en, hidden: false });
    expect(deckLayersNeeded(input(`project=${airport.id}`))).toBe(true);
  });

  it('draws a ring and a label, grey when the filters hide the project', () => {
    const [ring, label] = selectedProjectLayers(input(`project=${airport.id}`));
    expect([ring!.id, ring!.props.visible, label!.id, label!.props.visible]).toEqual(['selected-project-ring', true, 'selected-project-label', true]);
    expect((ring!.props as { getLineColor?: unknown }).getLineColor).toEqual(PROJECT_RING);
    const [hiddenRing] = selectedProjectLayers(input(`project=${airport.id}&zone=north`));
    expect((hiddenRing!.props as { getLineColor?: unknown }).getLineColor).toEqual(PROJECT_RING_HIDDEN);
    expect(selectedProjectLayers(input('')).map((l) => l.props.visible)).toEqual([false, false]);
  });
});
