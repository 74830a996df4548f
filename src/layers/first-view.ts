import type { LayerSpecification } from 'maplibre-gl';
import { applyFilters } from '../filters/apply.ts';
import { DEFAULT_FILTERS, DEFAULT_SHOW, type Lang } from '../filters/state.ts';
import type { Features, Model } from '../model/index.ts';
import { DEFAULT_OPACITY, type LayerInput } from './input.ts';
import { styleLayers } from './map-style.ts';

/** The layer input of a page opened without parameters (but its language): what the app computes at first. */
export function firstViewInput(model: Model, features: Features, lang: Lang): LayerInput {
  return { features, model, show: { ...DEFAULT_SHOW, lang }, visible: applyFilters(model, DEFAULT_FILTERS), imported: null, subSector: null, opacity: DEFAULT_OPACITY };
}

/** Every style layer of that first view, per language: computed at build time (vite.config.ts). */
export function firstViewLayers(model: Model, features: Features): Record<Lang, LayerSpecification[]> {
  return { zh: styleLayers(firstViewInput(model, features, 'zh')), en: styleLayers(firstViewInput(model, features, 'en')) };
}
