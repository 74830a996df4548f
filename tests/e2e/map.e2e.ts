import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { RANK_COLORS, UNRANKED, countColor, metroFill } from '../../src/layers/palette.ts';
import { features, model } from '../load-repo.ts';
import { inject } from 'vitest';
import { SCREENSHOTS, appReady, clickMap, hideLabels, launchChromium, mapIdle, near, openApp, pixelAt, project } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const pointOf = (adcode: string) => features.cityPoints.get(adcode as never)!;
const colourAt = async (page: import('playwright-core').Page, adcode: string) => {
  const { x, y } = await project(page, pointOf(adcode));
  return pixelAt(page, x, y);
};

describe('the map page', () => {
  it('loads offline: only local requests and no console errors, deck.gl included', async () => {
    const { page, requests, errors } = await openApp(browser);
    // deck.gl loads after the first view is idle and makes its layers (hidden) on the next frames
    await page.waitForSelector('.map[data-deck="ready"]', { timeout: 15_000 });
    await mapIdle(page);
    const origin = new URL(page.url()).origin;
    expect(requests.filter((r) => !r.startsWith(origin) && !r.startsWith('data:') && !r.startsWith('blob:'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/home.png` });
    await page.close();
  });

  it('opens a plain link with its first view already complete: the app takes the map over without re-tiling it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    // the early map sets window.__gdmap when it starts; the app sets it again once it has adopted the map
    await page.addInitScript(`(() => {
      let map; window.__sets = 0; window.__tilesAfterAdoption = 0;
      Object.defineProperty(window, '__gdmap', { configurable: true, get: () => map, set: (m) => {
        map = m; window.__sets++;
        if (window.__sets === 2) m.on('dataloading', (e) => { if (e.dataType === 'source' && e.tile) window.__tilesAfterAdoption++; });
      } });
    })()`);
    await page.goto(inject('baseUrl'));
    await appReady(page);
    await mapIdle(page);
    const seen = await page.evaluate(() => [(window as unknown as { __sets: number }).__sets, (window as unknown as { __tilesAfterAdoption: number }).__tilesAfterAdoption]);
    expect(seen).toEqual([2, 0]);
    await page.close();
  });

  it('leaves the province outline to the zone outlines over it, and loads it once a zone fades', async () => {
    const { page } = await openApp(browser);
    const provinceLines = () => page.evaluate(() => {
      const map = (window as unknown as { __gdmap: { getSource(id: string): unknown; getLayer(id: string): unknown; queryRenderedFeatures(o: object): unknown[] } }).__gdmap;
      return map.getSource('province') && map.getLayer('province-line') ? map.queryRenderedFeatures({ layers: ['province-line'] }).length : null;
    });
    expect(await provinceLines()).toBeNull(); // not fetched: every zone outline is drawn over it
    await page.click('label:has-text("珠三角核心区") input');
    await mapIdle(page);
    await expect.poll(provinceLines).toBeGreaterThan(0);
    await page.close();
  });

  it('draws the cities: pixels at city points carry the core-count colours', async () => {
    const { page } = await openApp(browser);
    await hideLabels(page);
    for (const adcode of ['440100', '440800', '441400']) {
      const expected = countColor(features.cities.features.find((f) => f.id === adcode)!.properties.core_count);
      expect(near(await colourAt(page, adcode), expected), adcode).toBe(true);
    }
    await page.close();
  });

  it('recolours the right cities when a cluster is chosen', async () => {
    const { page } = await openApp(browser);
    await page.selectOption('#cluster-select', 'new_energy');
    await mapIdle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/new-energy.png` });
    await hideLabels(page);
    await page.click('.legend-toggle'); // folded: at 1280×720 the open legend covers 汕头's label point
    expect(near(await colourAt(page, '440800'), RANK_COLORS.core)).toBe(true);  // 湛江 ★★★
    expect(near(await colourAt(page, '440500'), RANK_COLORS.key)).toBe(true);   // 汕头 ★★
    expect(near(await colourAt(page, '445300'), RANK_COLORS.general)).toBe(true); // 云浮 ★
    expect(near(await colourAt(page, '441400'), UNRANKED)).toBe(true);          // 梅州: none
    expect(page.url()).toContain('cluster=new_energy');
    await page.close();
  });

  it('outlines the cities a chosen sub-sector names, and only those', async () => {
    const { page } = await openApp(browser, 'cluster=new_energy');
    const list = model.subSectors.filter((s) => s.cluster === 'new_energy');
    const index = list.findIndex((s) => s.cities.length >= 2);
    await page.click(`[data-testid="sub-sectors"] li:nth-child(${index + 1}) button`);
    await mapIdle(page);
    const drawn = () => page.evaluate(() => {
      const map = (window as unknown as { __gdmap: { queryRenderedFeatures(o: object): { properties: { adcode: string; outline: string } }[] } }).__gdmap;
      return [...new Set(map.queryRenderedFeatures({ layers: ['selection-line'] }).map((f) => `${f.properties.adcode} ${f.properties.outline}`))].sort();
    });
    await expect.poll(drawn).toEqual(list[index]!.cities.map((m) => `${m.city} sub-sector`).sort());
    await page.screenshot({ path: `${SCREENSHOTS}/sub-sector.png` });
    await page.click(`[data-testid="sub-sectors"] li:nth-child(${index + 1}) button`); // chosen again: cleared
    await expect.poll(drawn).toEqual([]);
    await page.close();
  });

  it('switches the metropolitan areas on: their outlines load then, and the cities take their colours', async () => {
    const { page } = await openApp(browser, 'layers=cities');
    const hasMetros = () => page.evaluate(() => !!(window as unknown as { __gdmap: { getSource(id: string): unknown } }).__gdmap.getSource('metros'));
    expect(await hasMetros()).toBe(false); // not fetched for a view that does not show it
    await page.click('label:has-text("五大都市圈") input');
    await mapIdle(page);
    expect(await hasMetros()).toBe(true);
    await hideLabels(page);
    expect(near(await colourAt(page, '440100'), metroFill('guangzhou', 'full'))).toBe(true);
    await page.close();
  });

  it('restores filters from the URL after a reload and answers the 新能源 question', async () => {
    const { page } = await openApp(browser, 'cluster=new_energy&rank=core');
    await page.reload();
    await page.waitForSelector('[data-testid="cities-shown"]');
    await expect.poll(() => page.textContent('[data-testid="cities-shown"]')).toContain('6 / 21');
    expect(await page.inputValue('#cluster-select')).toBe('new_energy');
    await page.click('button:has-text("表格")');
    const rows = await page.$$eval('[data-testid="table-view"] tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-city')));
    expect(rows).toEqual(['441900', '440600', '440100', '440300', '441700', '440800']); // 东莞 佛山 广州 深圳 阳江 湛江: by name, pinyin order
    // a click on a header sorts by it (numbers highest first), a second click turns it round
    const order = () => page.$$eval('[data-testid="table-view"] tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-city')));
    const byCore = (sign: number) => features.cities.features.filter((f) => rows.includes(f.id))
      .sort((a, b) => sign * (a.properties.core_count - b.properties.core_count) || a.properties.name_zh.localeCompare(b.properties.name_zh, 'zh-Hans-CN')).map((f) => f.id);
    await page.click('[data-testid="table-view"] th[data-column="core"] button');
    expect(await order()).toEqual(byCore(-1));
    expect(await page.getAttribute('th[data-column="core"]', 'aria-sort')).toBe('descending');
    await page.click('[data-testid="table-view"] th[data-column="core"] button');
    expect(await page.getAttribute('th[data-column="core"]', 'aria-sort')).toBe('ascending');
    expect(await order()).toEqual(byCore(1));
    await page.screenshot({ path: `${SCREENSHOTS}/table.png` });
    await page.close();
  });

  it('keeps the comparison in the URL: a link opens it, adding and removing cities updates the link', async () => {
    const { page } = await openApp(browser, 'city=440400&compare=440300,440100');
    const columns = () => page.$$eval('[data-testid="compare-view"] thead .remove', (bs) => bs.map((b) => b.getAttribute('aria-label')));
    expect(await columns()).toEqual(['移除广州', '移除深圳']);
    await page.click('[data-testid="detail-panel"] .compare-toggle');
    await expect.poll(() => new URL(page.url()).searchParams.get('compare')).toBe('440100,440300,440400');
    expect(await columns()).toEqual(['移除广州', '移除深圳', '移除珠海']);
    await page.click('[data-testid="compare-view"] button[aria-label="移除广州"]');
    await expect.poll(() => new URL(page.url()).searchParams.get('compare')).toBe('440300,440400');
    await page.goBack(); // the browser's back button brings Guangzhou back
    await expect.poll(columns).toEqual(['移除广州', '移除深圳', '移除珠海']);
    await page.close();
  });

  it('shows the 20 ranks of a clicked city in its panel', async () => {
    const { page } = await openApp(browser);
    const { x, y } = await project(page, pointOf('440800'));
    await clickMap(page, x, y + 30);
    await expect.poll(() => page.locator('[data-testid="detail-panel"]').count(), { timeout: 20_000 }).toBe(1);
    const ranks = await page.$$eval('[data-testid="city-ranks"] tbody tr', (trs) => Object.fromEntries(trs.map((tr) => [tr.getAttribute('data-cluster'), tr.getAttribute('data-rank')])));
    expect(ranks).toMatchObject({ petrochemicals: 'core', new_energy: 'core', electronics: '', automotive: 'key', semiconductors: '' });
    expect(Object.keys(ranks)).toHaveLength(20);
    expect(page.url()).toContain('city=440800');
    await page.screenshot({ path: `${SCREENSHOTS}/city-zhanjiang.png` });
    await page.close();
  });

  it('brings a clicked city near the edge back into view when its panel narrows the map', async () => {
    const { page } = await openApp(browser);
    const chaozhou = pointOf('445100'); // at the province's east end, under where the panel opens
    const { x, y } = await project(page, chaozhou);
    await clickMap(page, x, y);
    await expect.poll(() => page.locator('[data-testid="detail-panel"]').count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.url(), { timeout: 10_000 }).toContain('view=');
    await mapIdle(page);
    const box = (await page.locator('.map').boundingBox())!;
    const after = await project(page, chaozhou);
    expect(after.x).toBeGreaterThan(box.x + 48);
    expect(after.x).toBeLessThan(box.x + box.width - 48);
    // the outlines source holds the selected city, and the hovered one while the pointer is on it
    const outlined = () => page.evaluate(() => (window as unknown as { __gdmap: { querySourceFeatures(s: string): { properties: { adcode: string; outline: string } }[] } })
      .__gdmap.querySourceFeatures('outlines').map((f) => `${f.properties.adcode} ${f.properties.outline}`).filter((v, i, all) => all.indexOf(v) === i).sort());
    await page.mouse.move(5, 5); // the framing moved the map under the pointer: off the map
    await expect.poll(outlined).toEqual(['445100 selected']);
    const shantou = await project(page, pointOf('440500')); // the neighbour the framed 潮州 shows beside it
    await page.mouse.move(shantou.x, shantou.y);
    await expect.poll(outlined).toEqual(['440500 hover', '445100 selected']);
    await page.mouse.move(5, 5);
    await expect.poll(outlined).toEqual(['445100 selected']);
    await page.close();
  });

  it('switches every visible string to English and back', async () => {
    const { page } = await openApp(browser);
    await page.click('button:has-text("English")');
    await expect.poll(() => page.textContent('h1')).toBe('Guangdong Regional Layout');
    expect(page.url()).toContain('lang=en');
    expect(await page.textContent('.panel')).not.toMatch(/[\u4e00-\u9fff]/);
    await mapIdle(page); // the labels are re-tiled in English
    // the longer English buttons wrap; the search box keeps room to type (at 1280 px it shrank to 25 px)
    expect((await page.locator('.search input').boundingBox())!.width).toBeGreaterThanOrEqual(200);
    await page.screenshot({ path: `${SCREENSHOTS}/english.png` });
    await page.click('button:has-text("中文")');
    await expect.poll(() => page.textContent('h1')).toBe('广东省区域发展布局');
    await page.close();
  });

  it('fits a 390-pixel phone screen without horizontal scrolling; the legend starts folded there', async () => {
    const { page } = await openApp(browser, '', { width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const toggle = page.locator('.legend-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('.legend-section').count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}/phone.png` });
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('.legend-section').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('folds and shows the legend with its button and with the G key', async () => {
    const { page } = await openApp(browser);
    const sections = () => page.locator('.legend-section').count();
    expect(await sections()).toBeGreaterThan(0);
    await page.click('.legend-toggle');
    expect(await sections()).toBe(0);
    await page.keyboard.press('g');
    expect(await sections()).toBeGreaterThan(0);
    await page.keyboard.press('g');
    expect(await page.locator('.legend-toggle').getAttribute('aria-expanded')).toBe('false');
    await page.close();
  });
});
