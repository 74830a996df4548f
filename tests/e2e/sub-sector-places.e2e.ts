import { readFileSync } from 'node:fs';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { features } from '../load-repo.ts';
import { SCREENSHOTS, launchChromium, mapIdle, openApp, pixelAt, project } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const shapes = JSON.parse(readFileSync('geo/output/district-shapes.geojson', 'utf8')).features as Feature<Polygon | MultiPolygon>[];
/** A point well inside a district, away from its label (the interior point) and its edges. */
function probeIn(district: string): [number, number] {
  const shape = shapes.find((f) => f.id === district)!;
  const [lon, lat] = features.districtPoints.get(district)!;
  for (const [dx, dy] of [[0, 0.07], [0, -0.07], [0.07, 0], [-0.07, 0], [0.05, 0.05], [-0.05, -0.05]] as const) {
    const ring = [[0, 0], [0.03, 0], [-0.03, 0], [0, 0.03], [0, -0.03]].map(([a, b]) => [lon + dx + a!, lat + dy + b!] as [number, number]);
    if (ring.every((p) => booleanPointInPolygon(p, shape))) return [lon + dx, lat + dy];
  }
  throw new Error(`no probe point inside ${district}`);
}

describe('a sub-sector’s districts', () => {
  it('are shaded, outlined and named on the map when the sub-sector is chosen, and listed with their quotes', async () => {
    const { page, errors } = await openApp(browser, 'cluster=automotive&view=113.4,23.2,8.4');
    const at = await project(page, probeIn('440114')); // 花都区: 广州以花都区、番禺区、南沙区为核心
    const other = await project(page, probeIn('440111')); // 白云区, which the item does not name
    const before = [await pixelAt(page, at.x, at.y), await pixelAt(page, other.x, other.y)];
    await page.locator('[data-testid="sub-sectors"] button', { hasText: '传统燃油汽车' }).click();
    await expect.poll(() => page.locator('.sub-sector-places [data-district="440114"]').count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.includes('district-shapes'))), { timeout: 20_000 }).toBe(true);
    await mapIdle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/sub-sector-districts.png` });
    const after = [await pixelAt(page, at.x, at.y), await pixelAt(page, other.x, other.y)];
    const shift = (a: number[], b: number[]) => a.reduce((n, v, i) => n + Math.abs(v - b[i]!), 0);
    // the base role's blue (0, 90, 160) at 110/255 over the city's fill: 花都 turns bluer, 白云 stays as it was
    expect(after[0]![2] - after[0]![0], `${before[0]} → ${after[0]}`).toBeGreaterThan(before[0]![2] - before[0]![0] + 30);
    expect(shift(after[1]!, before[1]!), `${before[1]} → ${after[1]}`).toBeLessThan(12);
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => page.locator('[data-testid="place-tooltip"]').count()).toBe(1);
    const tip = await page.textContent('[data-testid="place-tooltip"]');
    expect(tip).toContain('花都区');
    expect(tip).toContain('广州以花都区、番禺区、南沙区为核心');
    await page.screenshot({ path: `${SCREENSHOTS}/sub-sector-district-tooltip.png` });
    const list = await page.textContent('[data-testid="sub-sectors"]');
    expect(list).toContain('花都区');
    expect(list).toContain('图上为南海区');
    const legend = await page.textContent('.legend, [data-testid="legend"]');
    expect(legend).toContain('文中点名的区县');
    await page.click('button:has-text("English")');
    await expect.poll(() => page.textContent('[data-testid="sub-sectors"]')).toContain('drawn as 花都区');
    expect(await page.textContent('.legend, [data-testid="legend"]')).toContain('Districts and counties the text names');
    await page.screenshot({ path: `${SCREENSHOTS}/sub-sector-districts-en.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});
