import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { parseQuery } from '../../src/filters/query.ts';
import { parseSceneDeck } from '../../src/present/scenes.ts';
import { SCREENSHOTS, launchChromium, mapIdle, openApp } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const deck = parseSceneDeck(readFileSync(resolve(import.meta.dirname, '../../data/scenes.json'), 'utf8'));
if (!deck.ok) throw new Error(deck.errors.join('; '));
const scenes = deck.deck.scenes;
const stateOf = (url: string) => { const { filters, show } = parseQuery(url).state; return { ...filters, ...show }; };

describe('presentation mode', () => {
  it('moves the camera to each scene\'s view after a click on the map (the map must not take the arrow keys)', async () => {
    const { page } = await openApp(browser);
    const box = (await page.locator('.map').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2); // focuses the map's canvas
    await page.keyboard.press('p');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.textContent('[data-testid="scene-title"]')).toBe(scenes[2]!.title_zh);
    // the camera eases to the view the scene is framed at (the URL's), and MapLibre's keyboard pan does not move it on
    await expect.poll(() => page.evaluate(() => {
      const map = (window as unknown as { __gdmap: { getCenter(): { lng: number; lat: number }; getZoom(): number; isMoving(): boolean } }).__gdmap;
      const c = map.getCenter();
      const view = new URLSearchParams(location.search).get('view');
      return !map.isMoving() && view === [c.lng.toFixed(4), c.lat.toFixed(4), map.getZoom().toFixed(2)].map(Number).join(',');
    }), { timeout: 20_000 }).toBe(true);
    const view = stateOf(page.url()).view!;
    expect(Math.abs(view.lon - 113.6)).toBeLessThan(1.5); // the coast from Zhanjiang to Shantou, whole
    await page.close();
  });

  it('steps through the built-in scenes with the keyboard alone', async () => {
    const { page } = await openApp(browser, 'present=1');
    expect(await page.locator('.panel').isVisible()).toBe(false); // no editing chrome
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.textContent('[data-testid="scene-title"]')).toBe(scenes[0]!.title_zh);
    // the view is the scene's subject framed in the free part of the map (present-screen.e2e.ts), so not compared here
    expect({ ...stateOf(page.url()), present: false, lang: 'zh', view: null }).toEqual({ ...stateOf(scenes[0]!.query), lang: 'zh', view: null });
    for (let i = 1; i < scenes.length; i++) {
      await page.keyboard.press(i % 2 ? ' ' : 'PageDown');
      await expect.poll(() => page.textContent('[data-testid="scene-title"]')).toBe(scenes[i]!.title_zh);
      expect(stateOf(page.url()).present).toBe(true);
      if (i === 4) { await mapIdle(page); await page.screenshot({ path: `${SCREENSHOTS}/present-scene-${scenes[i]!.id}.png` }); }
    }
    await page.keyboard.press('ArrowRight'); // wraps to the first scene
    await expect.poll(() => page.textContent('[data-testid="scene-title"]')).toBe(scenes[0]!.title_zh);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.textContent('[data-testid="scene-title"]')).toBe(scenes.at(-1)!.title_zh);
    await mapIdle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/present-last-scene.png` });
    await page.close();
  });

  it('toggles layers and clusters with single keys, but not while typing in the search box', async () => {
    const { page } = await openApp(browser);
    await page.keyboard.press('5');
    await expect.poll(() => stateOf(page.url()).layers).toContain('projects');
    await page.keyboard.press(']');
    await expect.poll(() => stateOf(page.url()).cluster).toBe('electronics');
    await page.keyboard.press(']');
    await expect.poll(() => stateOf(page.url()).cluster).toBe('petrochemicals');
    await page.click('.search input');
    await page.keyboard.type('5]l');
    expect(stateOf(page.url()).cluster).toBe('petrochemicals');
    expect(stateOf(page.url()).lang).toBe('zh');
    await page.keyboard.press('Escape');
    await page.click('h1');
    await page.keyboard.press('l');
    await expect.poll(() => page.textContent('h1')).toBe('Guangdong Regional Layout');
    await page.keyboard.press('p');
    await expect.poll(() => stateOf(page.url()).present).toBe(true);
    await page.keyboard.press('?');
    await expect.poll(() => page.locator('[data-testid="help-overlay"]').count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOTS}/present-help.png` });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-testid="help-overlay"]').count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => stateOf(page.url()).present).toBe(false);
    await page.close();
  });
});
