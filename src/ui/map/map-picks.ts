import type { Adcode, MetroId, ZoneId } from '../../model/index.ts';
import type { Action, Hover } from '../store.ts';

/** What lies under the pointer: a city, zone, project, imported feature, or a city's project bubble. */
export type Picked =
  | { kind: 'city'; city: Adcode; district?: string } // district: a chosen sub-sector's district under the pointer
  | { kind: 'zone'; zone: ZoneId }
  | { kind: 'metro'; metro: MetroId }
  | { kind: 'project'; project: string }
  | { kind: 'imported'; imported: string }
  | { kind: 'corridor'; corridor: string }
  | { kind: 'group'; city: Adcode; at: [number, number] };

/** The zoom a click on a city's project bubble opens up to: far enough to show its markers. */
export const GROUP_OPEN_ZOOM = 8.5;

/** A deck.gl pick (layer id and picked object) as a Picked; null for layers that are not pickable. */
export function pickedFromDeck(layerId: string | undefined, object: unknown): Picked | null {
  if (!object) return null;
  const o = object as { city?: Adcode; position?: [number, number]; properties?: { __id?: string }; feature?: { id: string } };
  switch (layerId) {
    case 'project-groups': return o.city && o.position ? { kind: 'group', city: o.city, at: o.position } : null;
    case 'imported': return o.properties?.__id ? { kind: 'imported', imported: o.properties.__id } : null;
    case 'projects': case 'project-lines': return o.feature ? { kind: 'project', project: o.feature.id } : null;
    case 'sub-sector-places': {
      const p = (o as { properties?: { city?: Adcode; district?: string } }).properties;
      return p?.city && p.district ? { kind: 'city', city: p.city, district: p.district } : null;
    }
    case 'corridors': return typeof (o as { id?: unknown }).id === 'string' ? { kind: 'corridor', corridor: (o as { id: string }).id } : null;
    default: return null;
  }
}

/** A MapLibre rendered feature of a pickable style layer as a Picked. */
export function pickedFromStyle(feature: { layer: { id: string }; properties: Record<string, unknown> } | undefined): Picked | null {
  if (!feature) return null;
  if (feature.layer.id === 'cities-fill') return { kind: 'city', city: feature.properties.adcode as Adcode };
  if (feature.layer.id === 'zones-fill' || feature.layer.id === 'zones-hit') return { kind: 'zone', zone: feature.properties.zone as ZoneId };
  if (feature.layer.id === 'metro-hit' || feature.layer.id === 'metro-fill-hit') return { kind: 'metro', metro: feature.properties.metro as MetroId };
  return null;
}

/** The hover a pick shows; a bubble hovers as its city. */
export function hoverOf(picked: Picked | null, x: number, y: number): Hover | null {
  switch (picked?.kind) {
    case undefined: return null;
    case 'city': return picked.district ? { city: picked.city, district: picked.district, x, y } : { city: picked.city, x, y };
    case 'group': return { city: picked.city, x, y };
    case 'zone': return { zone: picked.zone, x, y };
    case 'metro': return null; // its name is on the legend and the panel a click opens
    case 'project': return { project: picked.project, x, y };
    case 'imported': return { imported: picked.imported, x, y };
    case 'corridor': return { corridor: picked.corridor, x, y };
  }
}

/** What a click does: open a bubble, a project, a zone, a metropolitan area or a city; a click on empty map clears the city. */
export function clickAction(picked: Picked | null): Action | null {
  switch (picked?.kind) {
    case undefined: return { type: 'select', city: null };
    case 'group': return { type: 'url/patch', show: { view: { lon: picked.at[0], lat: picked.at[1], zoom: GROUP_OPEN_ZOOM } } };
    case 'project': return { type: 'project/select', project: picked.project };
    case 'zone': return { type: 'zone/select', zone: picked.zone };
    case 'metro': return { type: 'metro/select', metro: picked.metro };
    case 'city': return { type: 'select', city: picked.city };
    case 'imported': return { type: 'imported/select', id: picked.imported }; // its properties in a panel
    case 'corridor': return { type: 'corridor/select', corridor: picked.corridor };
  }
}
