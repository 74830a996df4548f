import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../../src/filters/apply.ts';
import { parseQuery, toQuery } from '../../../src/filters/query.ts';
import { cityFillColor } from '../../../src/layers/cities.ts';
import { CONTRAST_RANK_COLORS } from '../../../src/layers/contrast-palette.ts';
import { buildLegend } from '../../../src/layers/legend.ts';
import { RANK_COLORS } from '../../../src/layers/palette.ts';
import { stateForScene } from '../../../src/present/scenes.ts';
import { features, model } from '../../load-repo.ts';

describe('theme=contrast', () => {
  it('is read from and written to the URL, default left out; a bad value is dropped with a warning', () => {
    const { state, warnings } = parseQuery('cluster=automotive&theme=contrast');
    expect([state.show.theme, warnings]).toEqual(['contrast', []]);
    expect(toQuery(state)).toBe('cluster=automotive&theme=contrast');
    expect(toQuery(parseQuery('theme=default').state)).toBe('');
    const bad = parseQuery('theme=dark');
    expect([bad.state.show.theme, bad.warnings.map((w) => [w.param, w.kind])]).toEqual(['default', [['theme', 'dropped']]]);
  });

  it('a scene keeps the presenter\'s theme unless it names one', () => {
    const scene = (query: string) => ({ id: 's', title_zh: '场景', title_en: 'Scene', query });
    expect(stateForScene(scene('cluster=robotics'), 'zh', true, 'contrast').show.theme).toBe('contrast');
    expect(stateForScene(scene('cluster=robotics&theme=default'), 'zh', true, 'contrast').show.theme).toBe('default');
    expect(stateForScene(scene('cluster=robotics&theme=contrast'), 'zh').show.theme).toBe('contrast');
  });

  it('fills ranks and draws the legend with the contrast palette', () => {
    for (const [query, colours] of [['cluster=automotive', RANK_COLORS], ['cluster=automotive&theme=contrast', CONTRAST_RANK_COLORS]] as const) {
      const { state } = parseQuery(query);
      const visible = applyFilters(model, state.filters);
      const guangzhou = features.cities.features.find((f) => f.id === '440100')!; // core in automotive
      expect(cityFillColor(guangzhou, { visible, show: state.show, choropleth: null })).toEqual(colours.core);
      expect(buildLegend(model, visible, state.show)[0]!.entries[0]!.swatch).toEqual(colours.core);
    }
  });
});
