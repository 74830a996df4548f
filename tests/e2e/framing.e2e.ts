import bbox from '@turf/bbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { features } from '../load-repo.ts';
import { SCREENSHOTS, launchChromium, mapIdle, openApp, project } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

/** The city's bounds on screen, and the part of the map that nothing lies over (the legend is the one cover here). */
async function placement(page: Page, adcode: string) {
  const [w, s, e, n] = bbox(features.cities.features.find((f) => f.id === adcode)!);
  const [a, b] = [await project(page, [w, n]), await project(page, [e, s])];
  const map = (await page.locator('.map').boundingBox())!;
  const legend = (await page.locator('.legend').boundingBox())!;
  return { city: { left: a.x, top: a.y, right: b.x, bottom: b.y }, map, legend };
}
const overlaps = (c: { left: number; top: number; right: number; bottom: number }, r: { x: number; y: number; width: number; height: number }) =>
  c.left < r.x + r.width && c.right > r.x && c.top < r.y + r.height && c.bottom > r.y;

describe('framing a selected city', () => {
  it.each([['440800', '湛江'], ['440500', '汕头']])('a link to %s (%s) without a view frames the city whole, clear of the panel and the legend', async (adcode) => {
    const { page } = await openApp(browser, `city=${adcode}`);
    await expect.poll(() => page.url(), { timeout: 20_000 }).toContain('view=');
    await mapIdle(page);
    const { city, map, legend } = await placement(page, adcode);
    expect(city.left).toBeGreaterThanOrEqual(map.x);
    expect(city.right).toBeLessThanOrEqual(map.x + map.width);
    expect(city.top).toBeGreaterThanOrEqual(map.y);
    expect(city.bottom).toBeLessThanOrEqual(map.y + map.height);
    expect(overlaps(city, legend)).toBe(false);
    await page.screenshot({ path: `${SCREENSHOTS}/framing-city-${adcode}.png` });
    await page.close();
  });

  it('choosing a city in search selects it without zooming in to a fixed zoom', async () => {
    const { page } = await openApp(browser);
    await page.fill('.search input', '湛江');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('city=440800');
    await mapIdle(page);
    const zoom = await page.evaluate(() => (window as unknown as { __gdmap: { getZoom(): number } }).__gdmap.getZoom());
    expect(zoom).toBeLessThan(8);
    const { city, legend } = await placement(page, '440800');
    expect(overlaps(city, legend)).toBe(false);
    await page.close();
  });
});

describe('the text filter', () => {
  it('shows an active q= as a chip that removes it, and says when a search finds nothing', async () => {
    const { page } = await openApp(browser, 'q=%E6%B9%9B%E6%B1%9F&layers=cities,projects');
    const chip = page.locator('[data-testid="q-chip"]');
    await expect.poll(() => chip.count()).toBe(1);
    expect(await chip.textContent()).toContain('湛江');
    expect(await page.textContent('[data-testid="cities-shown"]')).toContain('1 / 21');
    await chip.click();
    await expect.poll(() => chip.count()).toBe(0);
    expect(page.url()).not.toContain('q=');
    expect(await page.textContent('[data-testid="cities-shown"]')).toContain('21 / 21');
    await page.fill('.search input', 'zzqqxx');
    await expect.poll(() => page.locator('[data-testid="search-empty"]').count()).toBe(1);
    expect(await page.textContent('[data-testid="search-empty"]')).toContain('zzqqxx');
    await page.close();
  });
});
