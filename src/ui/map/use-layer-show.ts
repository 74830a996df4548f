import { useMemo } from 'react';
import type { ShowState } from '../../filters/state.ts';

/**
 * The state the layers are built from, kept the same object while only the camera's centre moves: layers
 * read the zoom alone (src/layers/mode.ts, project-groups.ts), and a new object on every pan made the map
 * restyle and deck.gl draw every marker once more after each pan (with 100k projects, one more frame of
 * seconds in software WebGL: bench pan_ratio_100k).
 */
export function useLayerShow(show: ShowState): ShowState {
  const key = JSON.stringify({ ...show, view: show.view?.zoom ?? null });
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is `show` without the camera's centre
  return useMemo(() => show, [key]);
}
