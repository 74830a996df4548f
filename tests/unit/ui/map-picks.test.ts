import { describe, expect, it } from 'vitest';
import { clickAction, GROUP_OPEN_ZOOM, hoverOf, pickedFromDeck, pickedFromStyle } from '../../../src/ui/map/map-picks.ts';

describe('map picks', () => {
  it('reads deck.gl picks by layer and ignores layers that pick nothing', () => {
    expect(pickedFromDeck('projects', { feature: { id: 'p1' } })).toEqual({ kind: 'project', project: 'p1' });
    expect(pickedFromDeck('project-lines', { feature: { id: 'p2' } })).toEqual({ kind: 'project', project: 'p2' });
    expect(pickedFromDeck('project-groups', { city: '440100', position: [113.3, 23.1] })).toEqual({ kind: 'group', city: '440100', at: [113.3, 23.1] });
    expect(pickedFromDeck('imported', { properties: { __id: 'f7' } })).toEqual({ kind: 'imported', imported: 'f7' });
    expect(pickedFromDeck('sub-sector-labels', { text: '核心' })).toBeNull();
    expect(pickedFromDeck('projects', null)).toBeNull();
  });

  it('reads a chosen sub-sector’s district as its city with the district, hovered with both and clicked as the city', () => {
    const picked = pickedFromDeck('sub-sector-places', { properties: { district: '440114', city: '440100' } });
    expect(picked).toEqual({ kind: 'city', city: '440100', district: '440114' });
    expect(hoverOf(picked, 5, 6)).toEqual({ city: '440100', district: '440114', x: 5, y: 6 });
    expect(clickAction(picked)).toEqual({ type: 'select', city: '440100' });
    expect(hoverOf({ kind: 'city', city: '440100' }, 5, 6)).toEqual({ city: '440100', x: 5, y: 6 });
  });

  it('reads MapLibre features of the city and zone fills', () => {
    expect(pickedFromStyle({ layer: { id: 'cities-fill' }, properties: { adcode: '440300' } })).toEqual({ kind: 'city', city: '440300' });
    expect(pickedFromStyle({ layer: { id: 'zones-fill' }, properties: { zone: 'north' } })).toEqual({ kind: 'zone', zone: 'north' });
    expect(pickedFromStyle({ layer: { id: 'province-fill' }, properties: {} })).toBeNull();
    expect(pickedFromStyle(undefined)).toBeNull();
  });

  it('opens a zone or a metropolitan area from its outline (and a metro area from inside it), whatever fills the map', () => {
    expect(pickedFromStyle({ layer: { id: 'zones-hit' }, properties: { zone: 'prd' } })).toEqual({ kind: 'zone', zone: 'prd' });
    expect(pickedFromStyle({ layer: { id: 'metro-hit' }, properties: { metro: 'shenzhen' } })).toEqual({ kind: 'metro', metro: 'shenzhen' });
    expect(pickedFromStyle({ layer: { id: 'metro-fill-hit' }, properties: { metro: 'shenzhen' } })).toEqual({ kind: 'metro', metro: 'shenzhen' });
    expect(clickAction({ kind: 'metro', metro: 'shenzhen' })).toEqual({ type: 'metro/select', metro: 'shenzhen' });
    expect(clickAction({ kind: 'zone', zone: 'prd' })).toEqual({ type: 'zone/select', zone: 'prd' });
  });

  it('turns a pick into the action a click means', () => {
    expect(clickAction(null)).toEqual({ type: 'select', city: null });
    expect(clickAction({ kind: 'city', city: '440100' })).toEqual({ type: 'select', city: '440100' });
    expect(clickAction({ kind: 'zone', zone: 'prd' })).toEqual({ type: 'zone/select', zone: 'prd' });
    expect(clickAction({ kind: 'project', project: 'p1' })).toEqual({ type: 'project/select', project: 'p1' });
    expect(clickAction({ kind: 'group', city: '440100', at: [113, 23] })).toEqual({ type: 'url/patch', show: { view: { lon: 113, lat: 23, zoom: GROUP_OPEN_ZOOM } } });
    expect(clickAction({ kind: 'imported', imported: 'f1' })).toEqual({ type: 'imported/select', id: 'f1' });
  });

  it('hovers a bubble as its city and carries the pointer position', () => {
    expect(hoverOf({ kind: 'group', city: '440100', at: [113, 23] }, 5, 6)).toEqual({ city: '440100', x: 5, y: 6 });
    expect(hoverOf({ kind: 'project', project: 'p1' }, 1, 2)).toEqual({ project: 'p1', x: 1, y: 2 });
    expect(hoverOf(null, 1, 2)).toBeNull();
  });
});

