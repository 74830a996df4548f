import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../../src/filters/apply.ts';
import { parseQuery } from '../../../src/filters/query.ts';
import { CORRIDOR_COLORS, corridorsLayer } from '../../../src/layers/corridors.ts';
import { buildLegend } from '../../../src/layers/legend.ts';
import { deckLayersNeeded } from '../../../src/layers/mode.ts';
import type { CorridorFeature } from '../../../src/model/index.ts';
import { features, model } from '../../load-repo.ts';

const input = (query: string, extra: object = {}) => {
  const { filters, show } = parseQuery(query).state;
  return { features, visible: applyFilters(model, filters), show, model, ...extra };
};
const feature = (id: string) => features.corridors.features.find((f) => f.id === id)! as CorridorFeature;
type Accessor = (f: unknown) => number[] | number;

describe('corridorsLayer', () => {
  it('is hidden, holds no data and needs no deck.gl until layers= names corridors', () => {
    const off = corridorsLayer(input(''));
    expect([off.id, off.props.visible, (off.props.data as unknown[]).length]).toEqual(['corridors', false, 0]);
    expect(deckLayersNeeded(input(''))).toBe(false);
    expect(deckLayersNeeded(input('layers=cities,corridors'))).toBe(true);
    const on = corridorsLayer(input('layers=cities,corridors'));
    expect([on.props.visible, (on.props.data as unknown[]).length]).toEqual([true, model.corridors.length]);
  });

  it('holds only the corridors the filters leave, coloured by kind, as the same array while the filters stay', () => {
    const layer = corridorsLayer(input('layers=corridors&cluster=semiconductors'));
    const data = layer.props.data as CorridorFeature[];
    expect(data.map((f) => f.id)).toEqual(['guangzhou-dongguan-shenzhen-huizhou-semiconductor-belt', 'guangzhou-foshan-zhongshan-zhuhai-semiconductor-belt']);
    expect((layer.props.getLineColor as unknown as Accessor)(data[1])).toEqual(CORRIDOR_COLORS.development_belt);
    // the same filter result (the app keeps it while only the language or camera changes) gives the same array
    const same = input('layers=corridors&cluster=semiconductors');
    expect(corridorsLayer({ ...same, show: { ...same.show, lang: 'en' } }).props.data).toBe(corridorsLayer(same).props.data);
  });

  it('draws the hovered corridor wider', () => {
    const width = corridorsLayer(input('layers=corridors', { hoverCorridor: 'coastal-economic-belt' })).props.getLineWidth as unknown as Accessor;
    expect(width(feature('coastal-economic-belt'))).toBeGreaterThan(width(feature('qiongzhou-strait-economic-belt')) as number);
  });
});

describe('corridor legend', () => {
  it('lists the kinds on the map with their visible counts', () => {
    const section = buildLegend(model, applyFilters(model, parseQuery('layers=corridors&zone=north').state.filters), parseQuery('layers=corridors&zone=north').state.show)
      .find((s) => s.title.en.startsWith('Axes'))!;
    const total = section.entries.reduce((n, e) => n + (e.count ?? 0), 0);
    expect(total).toBe(applyFilters(model, parseQuery('zone=north').state.filters).corridorIds.size);
    expect(section.entries.every((e) => e.count! > 0)).toBe(true);
  });
});
