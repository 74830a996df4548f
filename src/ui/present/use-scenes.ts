import { useCallback, useMemo, useState } from 'react';
import builtInText from '../../../data/scenes.json?raw';
import { parseSceneDeck, serializeSceneDeck, type Scene, type SceneDeck } from '../../present/scenes.ts';

const STORAGE_KEY = 'gdmap.scenes.v1';

function builtInDeck(): SceneDeck {
  const parsed = parseSceneDeck(builtInText);
  if (!parsed.ok) throw new Error(`data/scenes.json: ${parsed.errors.join('; ')}`);
  return parsed.deck;
}

function storedScenes(): { scenes: Scene[]; problem: string | null } {
  let text: string | null = null;
  try { text = localStorage.getItem(STORAGE_KEY); } catch { return { scenes: [], problem: null }; }
  if (!text) return { scenes: [], problem: null };
  const parsed = parseSceneDeck(text);
  return parsed.ok ? { scenes: parsed.deck.scenes, problem: null } : { scenes: [], problem: parsed.errors.join('; ') };
}

/** The scene deck: built-in scenes first, then the presenter's own, kept in this browser. */
export function useScenes() {
  const builtIn = useMemo(builtInDeck, []);
  const [own, setOwn] = useState(() => storedScenes());
  const deck: SceneDeck = useMemo(() => ({ version: 1, scenes: [...builtIn.scenes, ...own.scenes] }), [builtIn, own]);
  const saveOwn = useCallback((scenes: Scene[]) => {
    try { localStorage.setItem(STORAGE_KEY, serializeSceneDeck({ version: 1, scenes })); } catch { /* storage full or disabled: kept for this session */ }
    setOwn({ scenes, problem: null });
  }, []);
  const add = useCallback((scene: Scene) => saveOwn([...own.scenes, scene]), [own, saveOwn]);
  const remove = useCallback((id: string) => saveOwn(own.scenes.filter((s) => s.id !== id)), [own, saveOwn]);
  /** Replaces the presenter's scenes with a deck file's (built-in ids are skipped); returns errors or warnings. */
  const importDeck = useCallback((text: string): { ok: boolean; messages: string[] } => {
    const parsed = parseSceneDeck(text);
    if (!parsed.ok) return { ok: false, messages: parsed.errors };
    const builtInIds = new Set(builtIn.scenes.map((s) => s.id));
    saveOwn(parsed.deck.scenes.filter((s) => !builtInIds.has(s.id)));
    return { ok: true, messages: parsed.warnings };
  }, [builtIn, saveOwn]);
  const exportDeck = useCallback(() => serializeSceneDeck(deck), [deck]);
  const ownIds = useMemo(() => new Set(own.scenes.map((s) => s.id)), [own]);
  return { deck, ownIds, storageProblem: own.problem, add, remove, importDeck, exportDeck };
}
