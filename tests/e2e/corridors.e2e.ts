import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { LineString } from 'geojson';
import { CORRIDOR_COLORS } from '../../src/layers/corridor-palette.ts';
import { applyFilters } from '../../src/filters/apply.ts';
import { parseQuery } from '../../src/filters/query.ts';
import { features, model } from '../load-repo.ts';
import { SCREENSHOTS, clickMap, launchChromium, mapIdle, near, openApp, pixelAt, project } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

describe('the corridors layer', () => {
  it('draws the built-in scene, and a filtered axis in its colour with a tooltip and a panel of its sources', async () => {
    const scene = JSON.parse((await import('node:fs')).readFileSync('data/scenes.json', 'utf8')).scenes.find((s: { id: string }) => s.id === 'axes-and-belts');
    const first = await openApp(browser, scene.query);
    expect(await first.page.textContent('[data-testid="corridors-shown"]')).toContain(`${model.corridors.length} / ${model.corridors.length}`);
    await first.page.screenshot({ path: `${SCREENSHOTS}/corridors-scene.png` });
    await first.page.keyboard.press('6'); // key 6 switches the layer off
    await expect.poll(() => first.page.url()).not.toContain('corridors');
    await first.page.close();

    const id = 'guangzhou-dongguan-shenzhen-huizhou-semiconductor-belt';
    const line = features.corridors.features.find((f) => f.id === id)!.geometry as LineString;
    const at = line.coordinates[Math.floor(line.coordinates.length / 6)] as [number, number]; // half-way from 广州 to 东莞, clear of labels
    const { page, errors } = await openApp(browser, `cluster=semiconductors&layers=cities,corridors&view=${at[0]},${at[1]},8`);
    const { x, y } = await project(page, at);
    expect(near(await pixelAt(page, x, y), CORRIDOR_COLORS.development_belt, 40), String(await pixelAt(page, x, y))).toBe(true);
    await page.mouse.move(x, y);
    await mapIdle(page);
    await expect.poll(() => page.locator('[data-testid="corridor-tooltip"]').count()).toBe(1);
    expect(await page.textContent('[data-testid="corridor-tooltip"]')).toContain('穗莞深惠发展带');
    await clickMap(page, x, y);
    const panel = page.locator('[data-testid="corridor-panel"]');
    await expect.poll(() => panel.count()).toBe(1);
    const text = await panel.textContent();
    expect(text).toContain('形成穗莞深惠和广佛中珠两大发展带');
    expect(text).toContain('地点见于名称');
    await page.screenshot({ path: `${SCREENSHOTS}/corridor-panel.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists the axes through a city in its panel, each opening its own, with 位置据公开资料 where the documents give no place', async () => {
    const { page } = await openApp(browser, 'city=441400&layers=cities,corridors');
    const list = page.locator('[data-testid="city-corridors"]');
    await expect.poll(() => list.count()).toBe(1);
    expect(await list.textContent()).toContain('广东梅兴华丰产业集聚带');
    await list.locator('button', { hasText: '广东梅兴华丰产业集聚带' }).click();
    await expect.poll(() => page.textContent('[data-testid="corridor-placement"]')).toContain('位置据公开资料');
    await mapIdle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/corridor-from-city.png` });
    await page.close();
  });

  it('doc=gd-hq-opinions-2023 keeps the projects and corridors that document names, and a checkbox takes it off', async () => {
    const query = 'doc=gd-hq-opinions-2023&layers=cities,corridors,projects';
    const visible = applyFilters(model, parseQuery(query).state.filters);
    const { page } = await openApp(browser, query);
    expect(await page.textContent('[data-testid="corridors-shown"]')).toContain(`2 / ${model.corridors.length}`);
    expect(await page.textContent('[data-testid="projects-shown"]')).toContain(`${visible.counts.projects[0]} / ${model.projects.length}`);
    await page.screenshot({ path: `${SCREENSHOTS}/doc-filter-2023.png` });
    await page.click('[data-testid="doc-filter"] label:has-text("2023") input');
    await expect.poll(() => page.textContent('[data-testid="corridors-shown"]')).toContain(`${model.corridors.length} / ${model.corridors.length}`);
    expect(page.url()).not.toContain('doc=');
    await page.close();
  });
});
