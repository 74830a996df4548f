import type { Visible } from '../filters/apply.ts';
import { both } from '../i18n/strings.ts';
import { CORRIDOR_KINDS, type Model } from '../model/index.ts';
import { CORRIDOR_COLORS } from './corridor-palette.ts';
import type { LegendSection } from './legend.ts';

/** The corridors' legend: one entry per kind on the map, counting the visible axes of that kind. */
export function corridorLegend(model: Model, visible: Visible): LegendSection {
  return {
    title: { zh: '发展轴带（线：轴线；面：带状区域）', en: 'Axes and belts (lines: axes; areas: belts and regions)' },
    entries: CORRIDOR_KINDS.map((kind) => ({
      swatch: CORRIDOR_COLORS[kind], shape: 'line' as const,
      label: both(`corridorKind.${kind}`),
      count: model.corridors.filter((c) => c.kind === kind && visible.corridorIds.has(c.id)).length,
    })).filter((e) => e.count > 0),
  };
}
