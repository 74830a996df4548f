import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../../src/filters/apply.ts';
import { parseQuery } from '../../../src/filters/query.ts';
import { buildLayers } from '../../../src/layers/index.ts';
import { buildLegend } from '../../../src/layers/legend.ts';
import { KIND_COLORS, SUB_SECTOR_ROLE_COLORS } from '../../../src/layers/palette.ts';
import { projectColor, projectData } from '../../../src/layers/projects.ts';
import type { CityFeature } from '../../../src/model/index.ts';
import { features, model } from '../../load-repo.ts';

const input = (query: string, extra: object = {}) => {
  const state = parseQuery(query).state;
  return { features, visible: applyFilters(model, state), state, hover: null, model, ...extra };
};
const layer = (query: string, id: string, extra: object = {}) => buildLayers(input(query, extra)).find((l) => l.id === id)!;

describe('buildLayers', () => {
  it('returns every layer in a fixed order, hidden ones with visible: false', () => {
    const ids = buildLayers(input('')).map((l) => l.id);
    expect(ids).toEqual(['cities', 'zones', 'metro', 'sub-sector', 'selection', 'stars', 'roles', 'sub-sector-labels', 'project-lines', 'projects', 'project-groups', 'project-group-counts', 'imported']);
    expect(layer('', 'projects').props.visible).toBe(false);
    expect(layer('layers=cities,projects&view=113.3,23.1,9', 'projects').props.visible).toBe(true);
  });

  it('stands one counted bubble per city in for the markers below zoom 7.5', () => {
    expect(layer('layers=cities,projects', 'projects').props.visible).toBe(false);
    const groups = layer('layers=cities,projects&kind=energy', 'project-groups');
    expect(groups.props.visible).toBe(true);
    const total = (groups.props.data as { count: number }[]).reduce((n, g) => n + g.count, 0);
    expect(total).toBe(model.projects.filter((p) => p.kind === 'energy').length);
    expect(layer('layers=cities,projects&view=113.3,23.1,8', 'project-groups').props.visible).toBe(false);
  });

  it('keeps the same project data reference across filter changes (deck.gl diffs by reference)', () => {
    expect(layer('layers=projects', 'projects').props.data).toBe(layer('layers=projects&kind=energy', 'projects').props.data);
  });

  it('colours a project by kind when visible and hides it when filtered out', () => {
    const visible = applyFilters(model, parseQuery('layers=projects&kind=energy').state);
    const energy = projectData(features).markers.find((m) => m.feature.properties.kind === 'energy')!.feature;
    const park = projectData(features).markers.find((m) => m.feature.properties.kind === 'industrial_park')!.feature;
    expect(projectColor(energy, { visible })).toEqual(KIND_COLORS.energy);
    expect(projectColor(park, { visible })[3]).toBe(0);
  });

  it('applies the per-layer opacity to city fills and project markers', () => {
    expect(layer('layers=cities,projects', 'cities', { opacity: { cities: 0.4 } }).props.opacity).toBe(0.4);
    expect(layer('layers=cities,projects', 'projects', { opacity: { projects: 0.6 } }).props.opacity).toBe(0.6);
    expect(layer('layers=cities,projects', 'projects').props.opacity).toBe(1);
  });

  it('recolours projects when the filters change, not when the camera moves', () => {
    const trigger = (q: string) => layer(q, 'projects').props.updateTriggers.getFillColor;
    expect(trigger('layers=projects&kind=water')).toBe(trigger('layers=projects&kind=water&view=113.3,23.1,9&lang=en'));
    expect(trigger('layers=projects&kind=water')).not.toBe(trigger('layers=projects&kind=energy'));
  });

  it('outlines exactly the cities a sub-sector names, in the colour of their role', () => {
    const subSector = model.subSectors.find((s) => s.cities.length >= 3)!;
    const l = layer(`cluster=${subSector.cluster}`, 'sub-sector', { subSector });
    expect(l.props.visible).toBe(true);
    const getLineColor = (l.props as unknown as { getLineColor: (f: CityFeature) => number[] }).getLineColor;
    for (const f of features.cities.features) {
      const mention = subSector.cities.find((m) => m.city === f.id);
      expect(getLineColor(f)).toEqual(mention ? SUB_SECTOR_ROLE_COLORS[mention.role] : [0, 0, 0, 0]);
    }
  });

  it('marks the dual cores, the sub-centres and the west-bank core city', () => {
    const data = layer('', 'roles').props.data as { text: string }[];
    expect(data.filter((d) => d.text.includes('◎'))).toHaveLength(2);
    expect(data.filter((d) => d.text.includes('◆'))).toHaveLength(2);
    expect(data.filter((d) => d.text.includes('▲'))).toHaveLength(1);
  });
});

describe('buildLegend', () => {
  it('counts visible projects per kind and lists only kinds that are shown', () => {
    const state = parseQuery('layers=cities,projects&kind=energy,water').state;
    const section = buildLegend(model, state, applyFilters(model, state)).find((s) => s.title.en.startsWith('Major projects'))!;
    expect(section.entries.map((e) => e.label.en)).toEqual(['Energy', 'Water']);
    expect(section.entries[0]!.count).toBe(model.projects.filter((p) => p.kind === 'energy').length);
  });
});
