import type { DataDrivenPropertyValueSpecification } from 'maplibre-gl';
import type { RGBA } from './palette.ts';

/** A MapLibre colour string; alpha as MapLibre reads it (0–1). */
export const rgba = ([r, g, b, a]: RGBA) => `rgba(${r},${g},${b},${Number((a / 255).toFixed(3))})`;

/**
 * A per-feature value as one MapLibre `match` on a property: the style-layer counterpart of a deck.gl
 * accessor. Built from the same pure functions, so the map and the tests agree on every value.
 */
export function matchBy<T extends string | number>(property: string, values: ReadonlyMap<string, T>, fallback: T): DataDrivenPropertyValueSpecification<T> {
  if (values.size === 0) return fallback as never;
  return ['match', ['get', property], ...[...values].flat(), fallback] as never;
}

/** Shown or hidden, as a layout value. */
export const visibility = (shown: boolean) => (shown ? 'visible' as const : 'none' as const);

/**
 * A constant colour written as a per-feature expression. MapLibre compiles one shader program per
 * mix of constant and per-feature paint values, and compiling is the slowest part of the first
 * frame under software WebGL; so every fill and every line colour is per-feature: one program each.
 */
export const perFeature = (colour: string) => ['to-color', ['coalesce', ['get', '__colour'], colour]] as never;
