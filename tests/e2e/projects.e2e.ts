import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { applyFilters } from '../../src/filters/apply.ts';
import { parseQuery } from '../../src/filters/query.ts';
import { KIND_COLORS } from '../../src/layers/palette.ts';
import { features, model } from '../load-repo.ts';
import { SCREENSHOTS, launchChromium, mapIdle, near, openApp, pixelAt, project } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const shownFor = (query: string) => applyFilters(model, parseQuery(query).state.filters).counts.projects[0];
const projectsShown = (page: import('playwright-core').Page) => page.textContent('[data-testid="projects-shown"]');

describe('the projects layer', () => {
  it('filters projects by kind and cluster, with counts that match the filter engine', async () => {
    const { page } = await openApp(browser, 'layers=cities,clusters,projects,zones');
    expect(await projectsShown(page)).toContain(`${model.projects.length} / ${model.projects.length}`);
    await page.click('[data-testid="kind-filter"] label:has-text("能源") input');
    const energy = shownFor('layers=cities,clusters,projects,zones&kind=energy');
    expect(energy).toBeGreaterThan(20);
    await expect.poll(() => projectsShown(page)).toContain(`${energy} / ${model.projects.length}`);
    await page.selectOption('#cluster-select', 'new_energy');
    const energyNewEnergy = shownFor('layers=cities,clusters,projects,zones&kind=energy&cluster=new_energy');
    expect(energyNewEnergy).toBeGreaterThan(0);
    expect(energyNewEnergy).toBeLessThan(energy);
    await expect.poll(() => projectsShown(page)).toContain(`${energyNewEnergy} / ${model.projects.length}`);
    expect(page.url()).toContain('kind=energy');
    await mapIdle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/projects-energy-new-energy.png` });
    await page.close();
  });

  it('draws the markers under the marks and city names, also when the page opens with projects on', async () => {
    const { page } = await openApp(browser, 'layers=cities,projects&view=113.4,22.9,8.6');
    await mapIdle(page);
    const order = await page.evaluate(() => (window as unknown as { __gdmap: { getLayersOrder(): string[] } }).__gdmap.getLayersOrder());
    const deck = order.findIndex((id) => id.startsWith('deck-'));
    expect(deck, order.join(',')).toBeGreaterThan(order.indexOf('cities-fill'));
    expect(deck).toBeLessThan(order.indexOf('stars'));
    expect(deck).toBeLessThan(order.indexOf('city-labels'));
    await page.close();
  });

  it('draws a marker in its kind colour and shows its name and quote on hover', async () => {
    // an energy or transport marker in the west wing with no other marker and no label close by
    const points = [...features.projectPoints];
    const labels = [...features.cityPoints.values()];
    const far = (a: [number, number], b: [number, number], d: number) => Math.hypot(a[0] - b[0], a[1] - b[1]) > d;
    const target = model.projects.find((p) => ['energy', 'water'].includes(p.kind) && ['440800', '440900', '441700'].includes(p.cities[0]!) &&
      !p.line && points.every(([id, pt]) => id === p.id || far(pt, features.projectPoints.get(p.id)!, 0.08)) &&
      labels.every((l) => far(l, features.projectPoints.get(p.id)!, 0.15)))!;
    expect(target).toBeDefined();
    const [lon, lat] = features.projectPoints.get(target.id)!;
    const { page } = await openApp(browser, `layers=cities,projects&view=${lon},${lat},9`);
    const { x, y } = await project(page, [lon, lat]);
    expect(near(await pixelAt(page, x, y), KIND_COLORS[target.kind], 40)).toBe(true);
    await page.mouse.move(x, y);
    await mapIdle(page);
    await expect.poll(() => page.locator('[data-testid="project-tooltip"]').count()).toBe(1);
    const text = await page.textContent('[data-testid="project-tooltip"]');
    expect(text).toContain(target.name_zh);
    expect(text).toContain(target.sources[0]!.quote);
    await page.screenshot({ path: `${SCREENSHOTS}/project-tooltip.png` });
    // the map moves (a scene, the keyboard, a link): the tooltip does not stay floating where the marker was
    await page.evaluate(() => (window as unknown as { __gdmap: { panBy(p: [number, number], o: object): void } }).__gdmap.panBy([200, 0], { duration: 0 }));
    await expect.poll(() => page.locator('[data-testid="project-tooltip"]').count()).toBe(0);
    await page.close();
  });
});
