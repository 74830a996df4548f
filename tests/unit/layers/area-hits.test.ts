import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/filters/query.ts';
import { areaHitLayers } from '../../../src/layers/area-hits.ts';
import { PICKABLE_STYLE_LAYERS } from '../../../src/layers/map-style.ts';

const visibleIds = (query: string) => areaHitLayers(parseQuery(query).state).filter((l) => l.layout?.visibility === 'visible').map((l) => l.id);

describe('zones and metropolitan areas are clickable wherever they are drawn', () => {
  it('answers along the zone outlines with the cities and clusters shown (the default view), not only when zones are filled', () => {
    expect(visibleIds('')).toEqual(['zones-hit']);
    expect(PICKABLE_STYLE_LAYERS).toEqual(expect.arrayContaining(['zones-hit', 'metro-hit', 'metro-fill-hit']));
  });

  it('answers along the metro outlines, and inside an area when no city fill lies over it', () => {
    expect(visibleIds('layers=cities,metro')).toEqual(['metro-hit']);
    expect(visibleIds('layers=metro')).toEqual(['metro-fill-hit', 'metro-hit']);
  });

  it('draws nothing itself', () => {
    for (const layer of areaHitLayers(parseQuery('layers=zones,metro').state)) {
      const paint = layer.paint as Record<string, unknown>;
      expect(paint['line-opacity'] ?? paint['fill-opacity'], layer.id).toBe(0);
    }
  });
});
