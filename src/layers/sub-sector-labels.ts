import { TextLayer } from '@deck.gl/layers';
import type { Model } from '../model/index.ts';
import type { LayerInput } from './input.ts';
import { boxedLabels } from './boxed-labels.ts';

interface RoleLabel { position: [number, number]; text: string }

const characters = new WeakMap<Model, string[]>();
const NONE: RoleLabel[] = [];
const labelsOf = new WeakMap<object, RoleLabel[]>();

/**
 * Every character of every role word in the data: the label font atlas is drawn once, not again for each
 * sub-sector chosen, and is never empty (an empty one is a 0 × 0 canvas, which WebGL refuses to upload).
 */
function roleCharacters(model: Model): string[] {
  let set = characters.get(model);
  if (!set) {
    set = [...new Set(model.subSectors.flatMap((s) => s.cities.flatMap((m) => [...m.role_zh])))].sort();
    characters.set(model, set);
  }
  return set;
}

/** The role word the 专栏 gives each city of the chosen sub-sector, in a box above the city's name. */
export function subSectorLabelLayer({ features, subSector, model }: LayerInput) {
  let data = subSector ? labelsOf.get(subSector) : NONE; // the same list while the sub-sector stays
  if (!data && subSector) {
    data = subSector.cities.flatMap((m) => {
      const point = features.cityPoints.get(m.city);
      return point ? [{ position: point, text: m.role_zh }] : [];
    });
    labelsOf.set(subSector, data);
  }
  data ??= NONE;
  return new TextLayer<RoleLabel>({
    ...boxedLabels('sub-sector-labels', data),
    getSize: 13,
    getPixelOffset: [0, -24],
    getBackgroundColor: [255, 255, 255, 230],
    backgroundPadding: [3, 1],
    characterSet: roleCharacters(model),
  });
}
