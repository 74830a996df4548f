import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { applyFilters } from '../../src/filters/apply.ts';
import { parseQuery } from '../../src/filters/query.ts';
import { parseSceneDeck } from '../../src/present/scenes.ts';
import { sceneSubject } from '../../src/present/subject.ts';
import { features, model } from '../load-repo.ts';
import { SCREENSHOTS, appReady, launchChromium, mapIdle, project } from './browser.ts';

// Presenting on a projector (1920×1080) and on a phone (390×844): what a scene frames, how large it draws.

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const deck = parseSceneDeck(readFileSync(resolve(import.meta.dirname, '../../data/scenes.json'), 'utf8'));
if (!deck.ok) throw new Error(deck.errors.join('; '));
const scenes = deck.deck.scenes;

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;

async function open(query: string, viewport: { width: number; height: number }, deviceScaleFactor = 1): Promise<Page> {
  // reduced motion: the camera moves at once; a device pixel ratio under 1 draws the same CSS layout with fewer pixels
  const page = await browser.newPage({ viewport, reducedMotion: 'reduce', deviceScaleFactor });
  await page.goto(`${inject('baseUrl')}?${query}`);
  await appReady(page);
  await mapIdle(page);
  return page;
}

/** Waits until the camera stands still where the URL says (a scene is framed once its panels are laid out). */
async function settled(page: Page) {
  await expect.poll(() => page.evaluate(() => {
    const map = (window as unknown as { __gdmap: { getCenter(): { lng: number; lat: number }; getZoom(): number; isMoving(): boolean } }).__gdmap;
    const view = new URLSearchParams(location.search).get('view');
    const c = map.getCenter();
    return !map.isMoving() && view === [c.lng.toFixed(4), c.lat.toFixed(4), map.getZoom().toFixed(2)].map(Number).join(',');
  }), { timeout: 20_000, interval: 100 }).toBe(true);
}

describe('presenting at 1920×1080', () => {
  it('frames every scene\'s subject clear of the presenter bar and legend, in type a room can read', async () => {
    const page = await open('present=1', { width: 1920, height: 1080 }, 0.5); // a 1920×1080 layout; software WebGL draws a quarter of the pixels
    for (const [i, scene] of scenes.entries()) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.textContent('[data-testid="scene-title"]')).toBe(scene.title_zh);
      await page.waitForTimeout(200); // the scene is framed once its panels are laid out
      await settled(page);
      const [w, s, e, n] = sceneSubject(features, applyFilters(model, parseQuery(scene.query).state.filters), scene.label_projects);
      const [a, b] = [await project(page, [w, n]), await project(page, [e, s])];
      const subject = { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y };
      const map = (await page.locator('.map').boundingBox())!;
      expect(subject.x, scene.id).toBeGreaterThanOrEqual(map.x);
      expect(subject.x + subject.width, scene.id).toBeLessThanOrEqual(map.x + map.width);
      expect(subject.y, scene.id).toBeGreaterThanOrEqual(map.y);
      expect(subject.y + subject.height, scene.id).toBeLessThanOrEqual(map.y + map.height);
      for (const cover of ['.presenter-bar', '.legend']) {
        expect(overlaps(subject, (await page.locator(cover).boundingBox())!), `${scene.id} under ${cover}`).toBe(false);
      }
      if (i === 0) {
        // city names: the zoom-interpolated size the style asks for at the camera's zoom
        const size = await page.evaluate(() => {
          const map = (window as unknown as { __gdmap: { getLayoutProperty(l: string, p: string): unknown; getZoom(): number } }).__gdmap;
          const stops = (map.getLayoutProperty('city-labels', 'text-size') as number[]).slice(3);
          const z = map.getZoom();
          for (let k = 0; k + 3 < stops.length; k += 2) {
            if (z <= stops[k + 2]!) return stops[k + 1]! + (stops[k + 3]! - stops[k + 1]!) * Math.max(0, z - stops[k]!) / (stops[k + 2]! - stops[k]!);
          }
          return stops.at(-1)!;
        });
        expect(size).toBeGreaterThanOrEqual(22);
        await mapIdle(page);
        await page.screenshot({ path: `${SCREENSHOTS}/present-1920-scene-1.png` });
      }
      if (scene.query.includes('city=')) {
        // the city panel the scene opens: its smallest text, as drawn (font size × the zoom it is shown at)
        const smallest = await page.evaluate(() => Math.min(...[...document.querySelectorAll('.detail *')].filter((el) =>
          [...el.childNodes].some((c) => c.nodeType === 3 && c.textContent!.trim()) && (el as HTMLElement).offsetParent !== null
          && el.getBoundingClientRect().top < innerHeight)
          .map((el) => parseFloat(getComputedStyle(el).fontSize) * ((el as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1))));
        expect(smallest).toBeGreaterThanOrEqual(18);
        await mapIdle(page);
        await page.screenshot({ path: `${SCREENSHOTS}/present-1920-${scene.id}.png` });
      }
    }
    await mapIdle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/present-1920-last-scene.png` });
    await page.close();
  });
});

describe('presenting on a phone (390×844)', () => {
  it('keeps a compact bar at the bottom, opens a city as a sheet over part of the map, and the export menu on screen', async () => {
    const page = await open('present=1', { width: 390, height: 844 });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.textContent('[data-testid="scene-title"]')).toBe(scenes[1]!.title_zh);
    await page.waitForTimeout(200);
    await settled(page);
    await mapIdle(page);
    const bar = (await page.locator('.presenter-bar').boundingBox())!;
    const title = (await page.locator('[data-testid="scene-title"]').boundingBox())!;
    expect(bar.y + bar.height).toBeGreaterThan(844 - 4); // along the bottom edge
    expect(bar.height).toBeLessThan(72);
    expect(bar.width).toBeGreaterThan(380);
    expect(title.height).toBeLessThan(30); // one line, cut with an ellipsis
    expect(title.width).toBeGreaterThan(60);
    for (const name of ['previousScene', 'nextScene']) {
      const label = name === 'previousScene' ? '上一个场景' : '下一个场景';
      const button = (await page.getByRole('button', { name: label }).boundingBox())!;
      expect(button.y).toBeGreaterThanOrEqual(bar.y);
      expect(button.width).toBeGreaterThanOrEqual(24);
    }
    const sheet = (await page.locator('.detail').boundingBox())!;
    const map = (await page.locator('.map').boundingBox())!;
    expect(sheet.y).toBeGreaterThan(844 * 0.45);          // the map stays in view above the sheet
    expect(sheet.y - map.y).toBeGreaterThan(300);
    expect(sheet.y + sheet.height).toBeLessThanOrEqual(bar.y + 1); // the sheet ends above the bar
    await page.screenshot({ path: `${SCREENSHOTS}/present-phone-scene-2.png` });
    await page.keyboard.press('Escape'); // closes the city
    await page.keyboard.press('Escape'); // leaves presenting
    await expect.poll(() => page.locator('.presenter-bar').count()).toBe(0);
    await page.locator('.export-menu > button').click();
    const menu = (await page.locator('.export-panel').boundingBox())!;
    expect(menu.x).toBeGreaterThanOrEqual(0);
    expect(menu.x + menu.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${SCREENSHOTS}/phone-export-menu.png` });
    await page.close();
  });
});
