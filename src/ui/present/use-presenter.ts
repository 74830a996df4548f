import { useState, type Dispatch } from 'react';
import { applyAction, type PresentAction } from '../../present/keys.ts';
import { nextScene, previousScene, stateForScene, type Scene } from '../../present/scenes.ts';
import type { Action, AppState } from '../store.ts';
import { useScenes } from './use-scenes.ts';
import { useShortcuts } from './use-shortcuts.ts';
import { closeOpenSourceNote } from '../panels/source-ref.tsx';

const enterFullscreen = () => document.documentElement.requestFullscreen?.().catch(() => { /* refused: stay windowed */ });
const leaveFullscreen = () => { if (document.fullscreenElement) void document.exitFullscreen?.(); };

/** On a phone the legend would cover half the map: there it starts folded. */
const NARROW = '(max-width: 760px)';

/** Presentation mode: the scene deck and where we are in it, full screen, help, the legend, and the keyboard. */
export function usePresenter(state: AppState, dispatch: Dispatch<Action>) {
  const scenes = useScenes();
  const [sceneId, setSceneId] = useState<string | null>(null);
  const [applied, setApplied] = useState(0); // how many times a scene was applied: each one is framed anew
  const [helpOpen, setHelpOpen] = useState(false);
  const [legendOpen, setLegendOpen] = useState(() => !window.matchMedia?.(NARROW).matches);
  const toggleLegend = () => setLegendOpen((open) => !open);
  const { show } = state;

  const goTo = (scene: Scene | null) => {
    if (!scene) return;
    setSceneId(scene.id);
    setApplied((n) => n + 1);
    dispatch({ type: 'url/replace', state: stateForScene(scene, show.lang, show.present, show.theme), warnings: [] });
  };
  const step = (direction: 1 | -1) => goTo(direction === 1 ? nextScene(scenes.deck, sceneId) : previousScene(scenes.deck, sceneId));
  const setPresent = (present: boolean) => {
    dispatch({ type: 'url/patch', show: { present } });
    if (present && !document.fullscreenElement) enterFullscreen();
    if (!present) leaveFullscreen();
  };
  /** Escape closes the innermost thing that is open. */
  const escape = () => {
    if (closeOpenSourceNote()) return; // a source popover first: it sits inside the panel
    if (helpOpen) setHelpOpen(false);
    else if (state.show.project) dispatch({ type: 'project/select', project: null });
    else if (state.zone) dispatch({ type: 'zone/select', zone: null });
    else if (state.metro) dispatch({ type: 'metro/select', metro: null });
    else if (show.city) dispatch({ type: 'select', city: null });
    else if (show.present) setPresent(false);
  };

  useShortcuts((action: PresentAction) => {
    const next = applyAction({ filters: state.filters, show }, action);
    if (next) { dispatch({ type: 'url/patch', filters: next.filters, show: next.show }); return; }
    switch (action.type) {
      case 'scene/next': step(1); break;
      case 'scene/previous': step(-1); break;
      case 'present/toggle': setPresent(!show.present); break;
      case 'fullscreen/toggle': if (document.fullscreenElement) leaveFullscreen(); else enterFullscreen(); break;
      case 'help/toggle': setHelpOpen((open) => !open); break;
      case 'legend/toggle': toggleLegend(); break;
      case 'escape': escape(); break;
      default: break;
    }
  });

  return {
    scenes,
    current: scenes.deck.scenes.find((s) => s.id === sceneId) ?? null,
    applied, goTo, step, setPresent, helpOpen, setHelpOpen, legendOpen, toggleLegend,
  };
}
