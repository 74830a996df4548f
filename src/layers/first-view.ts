import type { LayerSpecification } from 'maplibre-gl';
import { applyFilters } from '../filters/apply.ts';
import { DEFAULT_FILTERS, type FilterState, type Lang } from '../filters/state.ts';
import type { Features, Model } from '../model/index.ts';
import { DEFAULT_OPACITY, type LayerInput } from './input.ts';
import { styleLayers } from './map-style.ts';

/** The layer input of a page opened without parameters (but its language): what the app computes at first. */
export function firstViewInput(model: Model, features: Features, lang: Lang): LayerInput {
  const state: FilterState = { ...DEFAULT_FILTERS, lang };
  return { features, model, state, visible: applyFilters(model, state), imported: null, subSector: null, opacity: DEFAULT_OPACITY };
}

/** Every style layer of that first view, per language: computed at build time (vite.config.ts). */
export function firstViewLayers(model: Model, features: Features): Record<Lang, LayerSpecification[]> {
  return { zh: styleLayers(firstViewInput(model, features, 'zh')), en: styleLayers(firstViewInput(model, features, 'en')) };
}
