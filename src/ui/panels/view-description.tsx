import { useMemo } from 'react';
import type { Visible } from '../../filters/apply.ts';
import type { ShowState } from '../../filters/state.ts';
import type { Model } from '../../model/index.ts';
import { describeView } from '../../present/describe.ts';

/** The map in words, read out politely when it changes (a screen reader's view of the canvas). */
export function ViewDescription({ model, visible, show }: { model: Model; visible: Visible; show: ShowState }) {
  const text = useMemo(() => describeView(model, visible, show, show.lang), [model, visible, show.layers, show.city, show.compare, show.lang]);
  return (
    <p className="sr-only" role="status" aria-live="polite" data-testid="view-description">{text}</p>
  );
}
