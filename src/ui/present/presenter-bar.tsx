import { useRef, useState } from 'react';
import type { UrlState } from '../../filters/state.ts';
import { t } from '../../i18n/strings.ts';
import { sceneFromState, type Scene, type SceneDeck } from '../../present/scenes.ts';
import { download } from '../export/download.ts';
import type { useScenes } from './use-scenes.ts';

interface Props {
  url: UrlState; // the current view, saved as a scene
  scenes: ReturnType<typeof useScenes>;
  current: Scene | null;
  onGo: (scene: Scene) => void;
  onStep: (step: 1 | -1) => void;
  onHelp: () => void;
  onExit: () => void;
}

/** Presentation mode's bar: the scene's title and note, stepping, saving and sharing scenes. */
export function PresenterBar({ url, scenes, current, onGo, onStep, onHelp, onExit }: Props) {
  const lang = url.show.lang;
  const zh = lang === 'zh';
  const [listOpen, setListOpen] = useState(false);
  const [message, setMessage] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const deck: SceneDeck = scenes.deck;
  const index = current ? deck.scenes.findIndex((s) => s.id === current.id) : -1;

  const save = () => {
    const title = window.prompt(t('sceneTitlePrompt', lang), '');
    if (title === null) return;
    const scene = sceneFromState(url, zh ? title : '', zh ? '' : title, deck.scenes.map((s) => s.id));
    scenes.add(scene);
    setMessage(t('sceneSaved', lang, { title: zh ? scene.title_zh : scene.title_en }));
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > 1_048_576) { setMessage(t('sceneFileTooLarge', lang)); return; }
    const result = scenes.importDeck(await file.text());
    setMessage(result.ok ? t('scenesImported', lang) + (result.messages.length ? ` (${result.messages.join('; ')})` : '') : result.messages.join('; '));
  };

  return (
    <div className="presenter-bar" role="region" aria-label={t('present', lang)} data-testid="presenter-bar">
      <div className="scene-title">
        {current ? <>
          <strong data-testid="scene-title">{zh ? current.title_zh : current.title_en}</strong>
          {(zh ? current.note_zh : current.note_en) && <span className="scene-note">{zh ? current.note_zh : current.note_en}</span>}
        </> : <span className="muted">{t('sceneHint', lang)}</span>}
      </div>
      <div className="scene-controls">
        <button type="button" aria-label={t('previousScene', lang)} onClick={() => onStep(-1)}>←</button>
        <span className="scene-count" aria-live="polite">{index >= 0 ? `${index + 1} / ${deck.scenes.length}` : `– / ${deck.scenes.length}`}</span>
        <button type="button" aria-label={t('nextScene', lang)} onClick={() => onStep(1)}>→</button>
        <button type="button" aria-expanded={listOpen} onClick={() => setListOpen(!listOpen)}>{t('scenes', lang)}</button>
        <button type="button" className="scene-extra" onClick={onHelp} aria-label={t('shortcuts', lang)}>?</button>
        <button type="button" onClick={onExit}>{t('exitPresent', lang)}</button>
      </div>
      {listOpen && (
        <div className="scene-list" data-testid="scene-list">
          <ol>
            {deck.scenes.map((s) => (
              <li key={s.id} aria-current={current?.id === s.id ? 'true' : undefined}>
                <button type="button" className="link" onClick={() => onGo(s)}>{zh ? s.title_zh : s.title_en}</button>
                {scenes.ownIds.has(s.id) && <button type="button" className="link danger" aria-label={t('deleteScene', lang)} onClick={() => scenes.remove(s.id)}>×</button>}
              </li>
            ))}
          </ol>
          <div className="export-row">
            <button type="button" onClick={save}>{t('saveScene', lang)}</button>
            <button type="button" onClick={() => download(new Blob([scenes.exportDeck()], { type: 'application/json' }), 'gd-scenes.json')}>{t('exportScenes', lang)}</button>
            <button type="button" onClick={() => fileInput.current?.click()}>{t('importScenes', lang)}</button>
            <input ref={fileInput} type="file" accept=".json,application/json" hidden onChange={(e) => void importFile(e.target.files?.[0])} />
          </div>
          {scenes.storageProblem && <p className="muted">{scenes.storageProblem}</p>}
        </div>
      )}
      {message && <p className="presenter-message" aria-live="polite">{message}</p>}
    </div>
  );
}
