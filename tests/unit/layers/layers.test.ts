import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../../src/filters/apply.ts';
import { parseQuery } from '../../../src/filters/query.ts';
import { basemapLayers, startStyle, TILE_LAYERS, TILES_SOURCE, type MapSourceUrls } from '../../../src/layers/basemap.ts';
import { citiesCoverLand, cityFillColor } from '../../../src/layers/cities.ts';
import { firstViewInput, firstViewLayers } from '../../../src/layers/first-view.ts';
import { rgba } from '../../../src/layers/expressions.ts';
import { DEFAULT_OPACITY } from '../../../src/layers/input.ts';
import { buildDeckLayers } from '../../../src/layers/index.ts';
import { buildLegend } from '../../../src/layers/legend.ts';
import { DECK_BEFORE, PICKABLE_STYLE_LAYERS, styleLayers } from '../../../src/layers/map-style.ts';
import { deckLayersNeeded } from '../../../src/layers/mode.ts';
import { KIND_COLORS, RANK_COLORS, SELECTED_LINE, SUB_SECTOR_ROLE_COLORS, ZONE_COLORS } from '../../../src/layers/palette.ts';
import { projectData } from '../../../src/layers/projects.ts';
import { cityOutlines, outlineCollection, type Outline } from '../../../src/layers/selection.ts';
import { zonesCoverProvinceOutline } from '../../../src/layers/zones.ts';
import { RANK_STARS } from '../../../src/model/index.ts';
import { features, model } from '../../load-repo.ts';

const input = (query: string, extra: object = {}) => {
  const { filters, show } = parseQuery(query).state;
  return { features, visible: applyFilters(model, filters), show, model, ...extra };
};
const layer = (query: string, id: string, extra: object = {}) => buildDeckLayers(input(query, extra)).find((l) => l.id === id)!;
const styleLayer = (query: string, id: string, extra: object = {}) => styleLayers(input(query, extra)).find((l) => l.id === id)! as LayerSpecification & { paint: Record<string, unknown>; layout: Record<string, unknown> };

/** What a `match` expression (or a constant) gives for one property value, as MapLibre evaluates it. */
function evaluate(value: unknown, key: string): unknown {
  if (!Array.isArray(value) || value[0] !== 'match') return value;
  const cases = value.slice(2, -1);
  for (let i = 0; i < cases.length; i += 2) if (cases[i] === key) return cases[i + 1];
  return value[value.length - 1];
}
const URLS: MapSourceUrls = { tiles: { url: 'http://x/tiles/{z}/{x}/{y}.pbf', bounds: [104, 18, 121, 30], maxzoom: 7 }, province: '/province.geojson', metros: '/metros.geojson' };
const shown = (l: { layout: Record<string, unknown> }) => l.layout.visibility === 'visible';

describe('styleLayers (MapLibre: the first view needs nothing else)', () => {
  it('returns every layer in drawing order, deck.gl slotting in below the marks and labels', () => {
    const ids = styleLayers(input('')).map((l) => l.id);
    // the neighbours' names lie over the city fills (澳门's label point is inside 珠海's fill), under the city names
    expect(ids).toEqual(['sea', 'neighbours-fill', 'neighbours-line', 'province-fill', 'province-line',
      'cities-fill', 'cities-line', 'zones-fill', 'zones-line', 'metro-line', 'metro-fill-hit', 'zones-hit', 'metro-hit', 'selection-line', 'stars', 'roles', 'neighbours-label', 'city-labels']);
    expect(ids).toContain(DECK_BEFORE);
    for (const id of PICKABLE_STYLE_LAYERS) expect(ids).toContain(id);
  });

  it('fills every city with exactly the colour cityFillColor gives, in each fill mode', () => {
    for (const query of ['', 'cluster=petrochemicals', 'cluster=petrochemicals&rank=core', 'layers=cities,metro', 'layers=cities,zones', 'layers=cities&zone=north']) {
      const { paint } = styleLayer(query, 'cities-fill');
      for (const f of features.cities.features) {
        expect(evaluate(paint['fill-color'], f.properties.city_id), `${query} ${f.id}`).toBe(rgba(cityFillColor(f, input(query))));
      }
    }
    const guangzhou = features.cities.features.find((f) => f.properties.name_en === 'Guangzhou')!;
    expect(evaluate(styleLayer('cluster=petrochemicals', 'cities-fill').paint['fill-color'], guangzhou.id)).toBe(rgba(RANK_COLORS[guangzhou.properties.rank_petrochemicals!]));
  });

  it('hides the city layers when switched off and applies the city opacity', () => {
    expect(shown(styleLayer('', 'cities-fill'))).toBe(true);
    expect(shown(styleLayer('layers=zones', 'cities-fill'))).toBe(false);
    expect(shown(styleLayer('layers=zones', 'cities-line'))).toBe(false);
    expect(styleLayer('', 'cities-fill', { opacity: { cities: 0.4 } }).paint['fill-opacity']).toBe(0.4);
    expect(styleLayer('', 'cities-line', { opacity: { cities: 0.4 } }).paint['line-opacity']).toBe(0.4);
  });

  it('fills the zones (and makes them pickable) only when nothing else colours the map', () => {
    expect(shown(styleLayer('', 'zones-fill'))).toBe(false);
    expect(shown(styleLayer('layers=zones', 'zones-fill'))).toBe(true);
    expect(shown(styleLayer('layers=zones', 'zones-line'))).toBe(true);
    const line = styleLayer('zone=north', 'zones-line').paint['line-color'];
    expect(evaluate(line, 'north')).toBe(rgba(ZONE_COLORS.north));
    expect(evaluate(line, 'prd')).not.toBe(rgba(ZONE_COLORS.prd));
  });

  it('marks the visible ranked cities with their stars, only while ranks are shown', () => {
    expect(shown(styleLayer('', 'stars'))).toBe(false);
    const stars = styleLayer('cluster=petrochemicals&rank=core', 'stars');
    expect(shown(stars)).toBe(true);
    const row = model.ranks.find((r) => r.cluster === 'petrochemicals')!;
    for (const city of model.cities) {
      const expected = row.ranks[city.id] === 'core' ? RANK_STARS.core : '';
      expect(evaluate(stars.layout['text-field'], city.id), city.name_en).toBe(expected);
    }
  });

  it('marks the dual cores, the sub-centres and the west-bank core city', () => {
    const field = styleLayer('', 'roles').layout['text-field'];
    const marks = model.cities.map((c) => evaluate(field, c.id) as string).join('');
    expect([...marks].filter((m) => m === '◎')).toHaveLength(2);
    expect([...marks].filter((m) => m === '◆')).toHaveLength(2);
    expect([...marks].filter((m) => m === '▲')).toHaveLength(1);
  });

  it('outlines the hovered and the selected city, the selection winning and drawn last', () => {
    const [a, b] = model.cities;
    const kinds = (outlines: Outline[]) => outlines.map((o) => [o.adcode, o.outline]);
    expect(cityOutlines(null, null)).toEqual([]);
    const both = cityOutlines(a!.id, b!.id);
    expect(kinds(both)).toEqual([[b!.id, 'hover'], [a!.id, 'selected']]);
    expect(kinds(cityOutlines(a!.id, a!.id))).toEqual([[a!.id, 'selected']]);
    // the outlines source holds exactly those cities' shapes, each with its line colour and width
    expect(outlineCollection(features, []).features).toEqual([]);
    const collection = outlineCollection(features, both);
    expect(collection.features.map((f) => [f.properties.adcode, f.properties.outline, f.properties.width])).toEqual([[b!.id, 'hover', 2], [a!.id, 'selected', 3.5]]);
    expect(collection.features[1]!.geometry).toBe(features.cities.features.find((f) => f.id === a!.id)!.geometry);
    expect(collection.features[1]!.properties.colour).toBe(rgba(SELECTED_LINE));
    expect(styleLayer('', 'selection-line')).toHaveProperty('source', 'outlines');
  });

  it('outlines exactly the cities a sub-sector names, in the colour of their role, below the hover and the selection', () => {
    const subSector = model.subSectors.find((s) => s.cities.length >= 3)!;
    const outlines = cityOutlines('440100' as never, null, subSector);
    const named = outlines.filter((o) => o.outline === 'sub-sector');
    expect(named.map((o) => o.adcode)).toEqual(subSector.cities.map((m) => m.city));
    for (const mention of subSector.cities) {
      expect(named.find((o) => o.adcode === mention.city)!.colour).toBe(rgba(SUB_SECTOR_ROLE_COLORS[mention.role]));
    }
    expect(outlines.at(-1)).toMatchObject({ adcode: '440100', outline: 'selected' });
    expect(outlineCollection(features, outlines).features).toHaveLength(outlines.length);
  });
});

describe('the first view (computed at build time, drawn before the app loads)', () => {
  it('is exactly what the app draws for a link without parameters, in either language', () => {
    const layers = firstViewLayers(model, features);
    for (const lang of ['zh', 'en'] as const) {
      const query = lang === 'en' ? 'lang=en' : '';
      expect(layers[lang]).toEqual(styleLayers({ ...input(query), imported: null, subSector: null, opacity: DEFAULT_OPACITY }));
      expect(firstViewInput(model, features, lang).show).toEqual(parseQuery(query).state.show);
    }
  });

  it('starts the map with the sources it draws; a hidden layer on a source not started waits for it', () => {
    const style = startStyle(URLS, firstViewLayers(model, features).zh);
    // the province is drawn neither way: its land lies under the cities, its outline under the zones'
    expect(Object.keys(style.sources).sort()).toEqual([TILES_SOURCE, 'outlines']);
    expect(style.sources[TILES_SOURCE]).toEqual({ type: 'vector', tiles: [URLS.tiles.url], bounds: URLS.tiles.bounds, minzoom: 0, maxzoom: 7 });
    const ids = style.layers.map((l) => l.id);
    const waiting = ['province-fill', 'province-line', 'metro-line', 'metro-fill-hit', 'metro-hit'];
    expect(ids).toEqual(styleLayers(input('')).map((l) => l.id).filter((id) => !waiting.includes(id)));
    for (const l of style.layers) if ('source' in l) expect(style.sources).toHaveProperty(l.source as string);
    // every layer on the tiles names one of the tiles' layers, which the build cuts from the boundary file of that name
    const tileLayers = style.layers.flatMap((l) => ('source' in l && l.source === TILES_SOURCE ? [l['source-layer']] : []));
    expect(new Set(tileLayers)).toEqual(new Set(TILE_LAYERS));
  });

  it('starts the sources of the basemap alone with those the plan will draw, which load meanwhile', () => {
    const style = startStyle(URLS, basemapLayers('zh'));
    expect(Object.keys(style.sources).sort()).toEqual([TILES_SOURCE, 'outlines', 'province']);
    expect(style.layers.map((l) => l.id)).toEqual(basemapLayers('zh').map((l) => l.id));
  });

  it.each([
    { part: 'land', layer: 'province-fill', covers: citiesCoverLand, uncovered: [['zone=prd', {}], ['', { opacity: { cities: 0.6 } }], ['layers=zones', {}]] },
    { part: 'outline', layer: 'province-line', covers: zonesCoverProvinceOutline, uncovered: [['zone=prd', {}], ['', { opacity: { zones: 0.5 } }], ['layers=cities', {}]] },
  ] as const)('leaves the province $part undrawn under opaque plan layers, and draws it once a city or zone is dimmed or they fade', ({ layer, covers, uncovered }) => {
    expect(covers(input(''))).toBe(true);
    expect(styleLayer('', layer).layout.visibility).toBe('none');
    for (const [query, extra] of uncovered) {
      expect(covers(input(query, extra)), query).toBe(false);
      expect(styleLayer(query, layer, extra).layout.visibility, query).toBe('visible');
    }
  });
});

describe('deckLayersNeeded', () => {
  it('asks for deck.gl only when projects, a sub-sector or an imported file are on the map', () => {
    expect(deckLayersNeeded(input(''))).toBe(false);
    expect(deckLayersNeeded(input('cluster=petrochemicals&layers=cities,metro,zones'))).toBe(false);
    expect(deckLayersNeeded(input('layers=cities,projects'))).toBe(true);
    expect(deckLayersNeeded(input('', { subSector: model.subSectors[0] }))).toBe(true);
  });
});

describe('buildDeckLayers', () => {
  it('returns every layer in a fixed order, hidden ones with visible: false', () => {
    const ids = buildDeckLayers(input('')).map((l) => l.id);
    expect(ids).toEqual(['sub-sector-places', 'sub-sector-place-points', 'sub-sector-place-labels', 'corridors', 'sub-sector-labels', 'project-lines', 'projects', 'project-groups', 'project-group-counts', 'project-labels', 'imported', 'selected-project-ring', 'selected-project-label']);
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
    const projects = layer('layers=projects&kind=energy', 'projects');
    const markers = projectData(features).markers;
    const colourOf = (kind: string) => {
      const index = markers.findIndex((m) => m.feature.properties.kind === kind);
      return ((projects.props as unknown as { getFillColor: (d: unknown, info: { index: number }) => number[] }).getFillColor)(markers[index], { index });
    };
    expect(colourOf('energy')).toEqual(KIND_COLORS.energy);
    expect(colourOf('industrial_park')[3]).toBe(0);
  });

  it('hides a filtered-out project line by the mask, as the markers', () => {
    const lines = layer('layers=projects&kind=energy', 'project-lines');
    const data = projectData(features).lines;
    const getColor = (lines.props as unknown as { getColor: (d: unknown) => number[] }).getColor;
    const shown = data.filter((d) => getColor(d)[3]! > 0).map((d) => d.feature.properties.kind);
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(['energy']));
  });

  it('applies the project opacity to the markers', () => {
    expect(layer('layers=cities,projects', 'projects', { opacity: { projects: 0.6 } }).props.opacity).toBe(0.6);
    expect(layer('layers=cities,projects', 'projects').props.opacity).toBe(1);
  });

  it('recolours projects when the filters change, not when the camera moves', () => {
    const trigger = (q: string) => layer(q, 'projects').props.updateTriggers.getFillColor;
    expect(trigger('layers=projects&kind=water')).toBe(trigger('layers=projects&kind=water&view=113.3,23.1,9&lang=en'));
    expect(trigger('layers=projects&kind=water')).not.toBe(trigger('layers=projects&kind=energy'));
  });

  it('labels each city of a sub-sector with its role word', () => {
    const subSector = model.subSectors.find((s) => s.cities.length >= 3)!;
    const data = layer('', 'sub-sector-labels', { subSector }).props.data as { text: string }[];
    expect(data.map((d) => d.text)).toEqual(subSector.cities.map((m) => m.role_zh));
  });

  it('draws the role words from one font atlas holding every character they use, never an empty one', () => {
    const characterSet = (extra: object) => (layer('', 'sub-sector-labels', extra).props as { characterSet: string[] }).characterSet;
    const characters = characterSet({});
    expect(characters.length).toBeGreaterThan(0); // no sub-sector chosen: still the whole set
    for (const subSector of model.subSectors) {
      expect(characterSet({ subSector })).toBe(characters);
      for (const m of subSector.cities) for (const c of m.role_zh) expect(characters).toContain(c);
    }
  });
});

describe('buildLegend', () => {
  it('draws the metropolitan areas as the map does: filled swatches with the cities on, outlines with the cities off', () => {
    const section = (query: string) => {
      const { filters, show } = parseQuery(query).state;
      return buildLegend(model, applyFilters(model, filters), show).find((s) => s.title.en.startsWith('Metropolitan'))!;
    };
    expect(new Set(section('layers=cities,metro').entries.map((e) => e.shape))).toEqual(new Set(['fill']));
    expect(new Set(section('layers=metro').entries.map((e) => e.shape))).toEqual(new Set(['line']));
  });

  it('names an imported file in the legend with its features shown and in the file', () => {
    const { filters, show } = parseQuery('').state;
    const visible = applyFilters(model, filters);
    expect(buildLegend(model, visible, show).some((s) => s.title.en === 'Imported data')).toBe(false);
    const section = buildLegend(model, visible, show, null, null, { name: 'sites.csv', shown: 3, total: 5 }).at(-1)!;
    expect(section.title).toEqual({ zh: '导入的数据', en: 'Imported data' });
    expect(section.entries).toMatchObject([{ shape: 'dot', label: { zh: 'sites.csv (3/5)', en: 'sites.csv (3/5)' }, count: 3 }]);
  });

  it('lets every zone and metropolitan-area entry open its panel', () => {
    const { filters, show } = parseQuery('layers=cities,zones,metro').state;
    const entries = buildLegend(model, applyFilters(model, filters), show).flatMap((s) => s.entries).filter((e) => e.opens);
    expect(entries.map((e) => e.opens)).toEqual([
      { zone: 'prd' }, { zone: 'east_wing' }, { zone: 'west_wing' }, { zone: 'north' },
      ...model.metros.map((m) => ({ metro: m.id })),
    ]);
  });

  it('counts visible projects per kind and lists only kinds that are shown', () => {
    const { filters, show } = parseQuery('layers=cities,projects&kind=energy,water').state;
    const section = buildLegend(model, applyFilters(model, filters), show).find((s) => s.title.en.startsWith('Major projects'))!;
    expect(section.entries.map((e) => e.label.en)).toEqual(['Energy', 'Water']);
    expect(section.entries[0]!.count).toBe(model.projects.filter((p) => p.kind === 'energy').length);
  });
});

describe('city-role marks', () => {
  const marks = (query: string) => {
    const layer = styleLayer(query, 'roles');
    const field = layer.layout['text-field'];
    return model.cities.map((c) => [c.id, evaluate(field, c.id)]).filter(([, m]) => m);
  };
  it('mark only the cities the filters leave visible, as the legend counts them', () => {
    const all = marks('');
    expect(all.map(([id]) => id)).toEqual(expect.arrayContaining(['440100', '440300']));
    const wings = marks('cluster=new_energy&rank=core&zone=east_wing,west_wing').map(([id]) => id);
    expect(wings).not.toContain('440100');
    expect(wings).not.toContain('440300');
    const { filters } = parseQuery('cluster=new_energy&rank=core&zone=east_wing,west_wing').state;
    const visible = applyFilters(model, filters);
    expect(wings.every((id) => visible.cityIds.has(id as never))).toBe(true);
  });
});
